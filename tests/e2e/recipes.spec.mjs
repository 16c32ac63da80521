// The recipes of docs/recipes.md, each run as the doc writes it (read from the file, so the two
// cannot drift) on a firm's page of another origin, beside a stand-in of the tool's form as the
// tool renders it. The stand-ins answer here: nothing is sent to HubSpot or Salesforce, and
// nothing leaves 127.0.0.1 and localhost.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { answerAll, coreScore, keyedAnswers } from "./assessment.mjs";
import { APP, HOST, hostFile, openHost, seen } from "./host.mjs";

const DOC = readFileSync(new URL("../../docs/recipes.md", import.meta.url), "utf8");
const answers = keyedAnswers((d, item) => (d * 2 + 1) % item.options);

/** The recipe under the heading `## <title>`: its one html block, pointed at this app's loader
 *  (and `replace`'s other addresses at their stand-ins). */
function recipe(title, replace = {}) {
  const section = DOC.split(`\n## ${title}\n`)[1]?.split("\n## ")[0];
  const blocks = section?.match(/```html\n([\s\S]*?)```/g) ?? [];
  expect(blocks, `docs/recipes.md has one html block under "## ${title}"`).toHaveLength(1);
  let html = blocks[0].replace(/^```html\n|```$/g, "").replaceAll("https://assess.acme.example/", APP);
  for (const [from, to] of Object.entries(replace)) {
    expect(html, `the recipe names ${from}`).toContain(from);
    html = html.replaceAll(from, to);
  }
  return html;
}

/** Every request the page makes to anywhere but the test's own two origins. */
function foreignRequests(page) {
  const foreign = [];
  page.context().on("request", (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== "127.0.0.1" && hostname !== "localhost") foreign.push(request.url());
  });
  return foreign;
}

/** Takes the embedded assessment to its result; returns the core's score and the event's detail. */
async function complete(page) {
  const frame = page.frameLocator("#assessment iframe");
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(frame, answers);
  await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
  const [event] = await seen(page, "complete");
  return { core: coreScore(answers), detail: event.detail };
}

// HubSpot's embed script as it behaves for the recipe: `hbspt.forms.create` renders the form
// (its fields as HubSpot names them, the hidden ones the firm added among them) into `target`,
// and calls `onFormReady` with the form element. Like HubSpot's own, the form keeps its own copy
// of each field's value, updated only by `change`, and sends that copy.
const HUBSPOT_STAND_IN = `
window.hbspt = { forms: { create: function (options) {
  var form = document.createElement("form");
  form.className = "hs-form";
  form.innerHTML =
    '<label>Email<input type="email" name="email" class="hs-input"></label>' +
    '<input type="hidden" name="partner_or_vendor_stage" class="hs-input">' +
    '<input type="hidden" name="partner_or_vendor_index" class="hs-input">' +
    '<input type="hidden" name="partner_or_vendor_result" class="hs-input">' +
    '<button type="submit" class="hs-button">Submit</button>';
  var values = {};
  form.addEventListener("change", function (event) { values[event.target.name] = event.target.value; });
  form.addEventListener("submit", function (event) { event.preventDefault(); window.hubspotSubmitted = values; });
  // Rendered a while after the call, as HubSpot's is.
  setTimeout(function () {
    document.querySelector(options.target).appendChild(form);
    options.onFormReady(form);
  }, 0);
} } };`;

test("HubSpot: the result's stage, index and link reach the form's own values, by `change`", async ({ page }) => {
  const foreign = foreignRequests(page);
  await hostFile(page, `${HOST}/hubspot-stand-in.js`, HUBSPOT_STAND_IN);
  await openHost(page, recipe("HubSpot", { "//js.hsforms.net/forms/embed/v2.js": `${HOST}/hubspot-stand-in.js` }));
  // The form renders a task after the call and moves the page: answer once it stands.
  await expect(page.getByRole("textbox", { name: "Email" })).toBeVisible();
  const { core, detail } = await complete(page);
  await page.getByRole("textbox", { name: "Email" }).fill("jane@example.com");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect.poll(() => page.evaluate(() => window.hubspotSubmitted ?? null)).not.toBeNull();
  expect(await page.evaluate(() => window.hubspotSubmitted)).toEqual({
    email: "jane@example.com",
    partner_or_vendor_stage: detail.stage,
    partner_or_vendor_index: String(core.overall),
    partner_or_vendor_result: detail.link,
  });
  expect(detail.link.endsWith(`#r=${core.link}`)).toBe(true);
  expect(foreign).toEqual([]);
});

// Salesforce's Web-to-Lead form as its generator writes it (trimmed of its comments), with
// `lead_source` as a hidden field, as the recipe says.
const SALESFORCE_FORM = `
<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8&orgId=00D000000000001" method="POST">
<input type=hidden name="oid" value="00D000000000001">
<input type=hidden name="retURL" value="${HOST}/thanks.html">
<label for="first_name">First Name</label><input id="first_name" maxlength="40" name="first_name" size="20" type="text" /><br>
<label for="last_name">Last Name</label><input id="last_name" maxlength="80" name="last_name" size="20" type="text" /><br>
<label for="email">Email</label><input id="email" maxlength="80" name="email" size="20" type="text" /><br>
<label for="company">Company</label><input id="company" maxlength="40" name="company" size="20" type="text" /><br>
<input type=hidden name="lead_source" value="Partner or Vendor?">
<label for="description">Description</label><textarea id="description" name="description"></textarea><br>
<input type="submit" name="submit">
</form>`;

test("Salesforce Web-to-Lead: the form posts the lead with the result below the visitor's own words", async ({ page }) => {
  const foreign = foreignRequests(page);
  const posted = [];
  // Salesforce's endpoint, answered here with the redirect to retURL it sends.
  await page.route("https://webto.salesforce.com/**", (route) => {
    posted.push(new URLSearchParams(route.request().postData()));
    return route.fulfill({ status: 302, headers: { location: `${HOST}/thanks.html` } });
  });
  await hostFile(page, `${HOST}/thanks.html`, "<!doctype html><title>Thanks</title><h1>Thank you</h1>", "text/html");
  await openHost(page, SALESFORCE_FORM + recipe("Salesforce Web-to-Lead"));
  const { core, detail } = await complete(page);
  await page.getByLabel("First Name").fill("Jane");
  await page.getByLabel("Last Name").fill("Doe");
  await page.getByLabel("Email").fill("jane@example.com");
  await page.getByLabel("Company").fill("Example Ltd");
  await page.getByLabel("Description").fill("Please call me.");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
  expect(posted).toHaveLength(1);
  const lead = Object.fromEntries(posted[0]);
  expect(lead).toMatchObject({
    oid: "00D000000000001",
    first_name: "Jane",
    last_name: "Doe",
    email: "jane@example.com",
    company: "Example Ltd",
    lead_source: "Partner or Vendor?",
  });
  // A form sends a textarea's line breaks as CRLF.
  expect(lead.description.replaceAll("\r\n", "\n")).toBe(`Please call me.\n\nPartner or Vendor? ${detail.stageName} (index ${core.overall})\n${detail.link}`);
  // The lead is only what the visitor sent: the form itself went to Salesforce's stand-in only.
  expect(foreign.filter((url) => !url.startsWith("https://webto.salesforce.com/"))).toEqual([]);
});

test("any form: fields named so are filled, with input and change dispatched", async ({ page }) => {
  const foreign = foreignRequests(page);
  const posted = [];
  await page.route(`${HOST}/contact`, (route) => {
    posted.push(new URLSearchParams(route.request().postData()));
    return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Sent</title><h1>Sent</h1>" });
  });
  await openHost(
    page,
    `<form action="${HOST}/contact" method="post">
       <label>Your email <input type="email" name="email"></label>
       <input type="hidden" name="assessment_stage"><input type="hidden" name="assessment_index">
       <label>Your result <input name="assessment_link" readonly></label>
       <button type="submit">Send</button>
     </form>
     <script>
       window.heard = [];
       document.querySelector("form").addEventListener("change", (e) => window.heard.push(e.target.name));
     </script>` + recipe("Any form, by its fields' names"),
  );
  const { core, detail } = await complete(page);
  await expect(page.getByRole("textbox", { name: "Your result" })).toHaveValue(detail.link);
  expect(await page.evaluate(() => window.heard)).toEqual(["assessment_stage", "assessment_index", "assessment_link"]);
  await page.getByRole("textbox", { name: "Your email" }).fill("jane@example.com");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Sent" })).toBeVisible();
  expect(Object.fromEntries(posted[0])).toEqual({
    email: "jane@example.com",
    assessment_stage: detail.stage,
    assessment_index: String(core.overall),
    assessment_link: detail.link,
  });
  expect(foreign).toEqual([]);
});
