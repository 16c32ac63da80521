# Sourced by the scripts: puts the project's tools on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Trunk's update check would reach for the network; it has nothing to find here.
export TRUNK_SKIP_VERSION_CHECK=true
export TRUNK_OFFLINE=true
