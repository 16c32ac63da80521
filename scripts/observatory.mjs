// Grades a shipped server configuration with Mozilla's HTTP Observatory
// (@mdn/mdn-http-observatory), locally and behind TLS, and fails below a minimum grade.
//   node scripts/observatory.mjs nginx|caddy [--min A+] [--config FILE]
// (after trunk build --release). --config grades another copy of deploy/nginx.conf or
// deploy/Caddyfile, to try a change before making it.
//
// How it goes:
//   1. scripts/serve-tls serves dist/ with the configuration as a firm adds TLS to it: HTTPS
//      with a certificate from a throwaway CA on one port, plain HTTP redirecting to it on
//      another (both on 127.0.0.1, in 4600-4699), in a work folder under target/observatory/.
//   2. This script starts itself again with NODE_EXTRA_CA_CERTS naming that CA (node reads it
//      only at start-up), and that second process runs the Observatory's retriever and grader.
//      The package's own scan() would drop the port options, so this does what its
//      src/scanner/index.js does, with them.
//   3. The servers are stopped however the run ends.
// Exit status: 0 at or above the minimum grade, 1 below it, 2 when nothing could be graded
// (a server that would not start, a connection refused, a certificate not trusted).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE = join(ROOT, "node_modules/@mdn/mdn-http-observatory");
const HOST = "127.0.0.1";
// The ports this project's servers may use; two free ones are picked from here.
const PORTS = { first: 4600, last: 4699 };
// Grades from best to worst, as the Observatory's GRADE_CHART gives them.
const GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"];
// Set in the second process: the ports to grade and the minimum grade.
const CHILD_ENV = "OBSERVATORY_GRADE";

class Unusable extends Error {}

function parseArgs(argv) {
  const usage = "usage: node scripts/observatory.mjs nginx|caddy [--min A+] [--config FILE]";
  const args = { server: argv[0], min: "A+", config: null };
  if (!["nginx", "caddy"].includes(args.server)) throw new Unusable(usage);
  for (let i = 1; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (argv[i] === "--min" && GRADES.includes(value)) args.min = value;
    else if (argv[i] === "--config" && value) args.config = resolve(value);
    else throw new Unusable(usage);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// First process: the servers.

/** A port in PORTS that nothing listens on now (nor on `except`). */
async function freePort(except = []) {
  for (let port = PORTS.first; port <= PORTS.last; port++) {
    if (except.includes(port)) continue;
    const free = await new Promise((done) => {
      const probe = createServer().once("error", () => done(false));
      probe.listen(port, HOST, () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Unusable(`no free port in ${PORTS.first}-${PORTS.last} on ${HOST}`);
}

/** Resolves once `port` accepts connections; rejects when `exited` does or after 20 s. */
async function listening(port, exited) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const up = await new Promise((done) => {
      const socket = createConnection({ host: HOST, port }, () => {
        socket.end();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (up) return;
    await Promise.race([exited, new Promise((r) => setTimeout(r, 200))]);
  }
  throw new Unusable(`nothing listens on ${HOST}:${port} after 20 s`);
}

/** Runs a process to its end, its output passed through; resolves with its exit status. */
function run(command, args, env, started) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    started(child);
    child.once("error", fail);
    child.once("exit", (code, signal) => done(code ?? (signal ? 2 : 0)));
  });
}

async function main(args) {
  if (!existsSync(join(ROOT, "dist/index.html"))) {
    throw new Unusable("no dist/; run trunk build --release first");
  }
  if (!existsSync(PACKAGE)) throw new Unusable("no node_modules/@mdn/mdn-http-observatory; run npm ci");
  // The package's install step downloads Chromium's HSTS preload list into conf/; it is
  // installed without scripts (no network here), and an empty list is right for 127.0.0.1.
  const preload = join(PACKAGE, "conf/hsts-preload.json");
  if (!existsSync(preload)) writeFileSync(preload, "{}\n");

  mkdirSync(join(ROOT, "target/observatory"), { recursive: true });
  const work = mkdtempSync(join(ROOT, `target/observatory/${args.server}-`));
  const httpsPort = await freePort();
  const httpPort = await freePort([httpsPort]);
  const serveArgs = [args.server, work, String(httpsPort), String(httpPort), "--max-seconds", "180"];
  if (args.config) serveArgs.push("--config", args.config);

  // Its own process group, so that stopping it stops `timeout` and the server under it.
  const server = spawn(join(ROOT, "scripts/serve-tls"), serveArgs, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((done) => server.once("exit", done)).then(() => {
    throw new Unusable(`scripts/serve-tls ${args.server} stopped:\n${log.trim()}`);
  });
  exited.catch(() => {});
  let grader = null;
  const stop = () => {
    for (const kill of [() => grader?.kill("SIGTERM"), () => process.kill(-server.pid, "SIGTERM")]) {
      try {
        kill();
      } catch {
        // Already gone.
      }
    }
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(2));

  let status = 2;
  try {
    await listening(httpsPort, exited);
    await listening(httpPort, exited);
    const shipped = args.server === "nginx" ? "deploy/nginx.conf" : "deploy/Caddyfile";
    console.log(`${args.server}: ${args.config ?? shipped} with TLS, https://${HOST}:${httpsPort}/ ` +
      `(http://${HOST}:${httpPort}/ redirects)`);
    status = await run(process.execPath, [fileURLToPath(import.meta.url)], {
      ...process.env,
      NODE_EXTRA_CA_CERTS: join(work, "tls/ca.pem"),
      [CHILD_ENV]: JSON.stringify({ httpsPort, httpPort, min: args.min }),
    }, (child) => (grader = child));
  } finally {
    stop();
    await Promise.race([exited.catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    // The work folder stays when nothing could be graded: its logs say why.
    if (status === 2) console.error(`observatory: the server's files and logs are in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return status;
}

// ---------------------------------------------------------------------------------------------
// Second process (started with NODE_EXTRA_CA_CERTS): retrieve and grade.

async function grade({ httpsPort, httpPort, min }) {
  const src = (path) => import(join(PACKAGE, "src", path));
  const { retrieve } = await src("retriever/retriever.js");
  const { ALL_TESTS } = await src("constants.js");
  const { getGradeForScore, getScoreModifier } = await src("grader/grader.js");
  const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await src("grader/charts.js");
  const version = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).version;

  // The retriever returns no responses when neither address answers, and throws when only
  // one does; it also quietly retries without certificate checks when the chain is not
  // trusted. None of these may end as a grade.
  let r;
  try {
    r = await retrieve(HOST, { httpPort, httpsPort });
  } catch (error) {
    throw new Unusable(`the retriever failed (http or https did not answer): ${error.message}`);
  }
  const { http, https, auto } = r.responses;
  const missing = [!http && `http://${HOST}:${httpPort}/`, !https && `https://${HOST}:${httpsPort}/`];
  if (!http || !https) throw new Unusable(`no response from ${missing.filter(Boolean).join(" nor ")}`);
  if (!https.verified || !http.verified) {
    throw new Unusable("the certificate was not trusted (NODE_EXTRA_CA_CERTS not read?)");
  }
  // As the package's scan(): 2xx, 3xx, 401 and 403 are pages to grade, anything else is not.
  if (auto.status < 200 || (auto.status >= 400 && ![401, 403].includes(auto.status))) {
    throw new Unusable(`the page answered ${auto.status}`);
  }

  // Scoring as in src/scanner/index.js: from 100, every modifier; bonuses count only when the
  // score without them already reaches MINIMUM_SCORE_FOR_EXTRA_CREDIT.
  let withBonuses = 100;
  let withoutBonuses = 100;
  console.log(`MDN HTTP Observatory ${version}, https://${HOST}:${httpsPort}/ (${auto.status})`);
  for (const test of ALL_TESTS) {
    const output = test(r);
    const modifier = output.result ? getScoreModifier(output.result) : 0;
    withBonuses += modifier;
    if (modifier < 0) withoutBonuses += modifier;
    const shown = modifier > 0 ? `+${modifier}` : String(modifier);
    const name = output.constructor.name.padEnd(30);
    console.log(`  ${output.pass ? "pass" : "FAIL"}  ${shown.padStart(3)}  ${name} ${output.result}`);
  }
  const score = withoutBonuses >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonuses : withoutBonuses;
  const final = getGradeForScore(score);
  const enough = GRADES.indexOf(final.grade) <= GRADES.indexOf(min);
  if (score !== withBonuses) {
    console.log(`  bonuses (+${withBonuses - withoutBonuses}) not counted: the score without them is ` +
      `below ${MINIMUM_SCORE_FOR_EXTRA_CREDIT}`);
  }
  console.log(`  score ${final.score}, grade ${final.grade} (minimum ${min}): ${enough ? "ok" : "TOO LOW"}`);
  return enough ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------

try {
  const child = process.env[CHILD_ENV];
  process.exitCode = child ? await grade(JSON.parse(child)) : await main(parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`observatory: ${error instanceof Unusable ? error.message : error.stack}`);
  process.exitCode = 2;
}
