// Compile the command line once per jest run, exactly as `npm ci` does through "prepare", so the CLI
// tests run what users run and no suite rewrites dist/ while another one is executing it.
const { execSync } = require("child_process");
const path = require("path");

module.exports = async () => {
  execSync("npx tsc -p tsconfig.cli.json", { cwd: path.resolve(__dirname, ".."), stdio: "inherit" });
};
