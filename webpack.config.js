/**
 * Build of the Excel add-in (model: OfficeDev's Excel-Custom-Functions-Shared template). One shared
 * runtime: taskpane.html loads the task pane, the PERF.* custom functions and the ribbon commands, so
 * the engine is loaded once. Output goes to dist/, which the command line (tsconfig.cli.json) also
 * compiles into (dist/engine, dist/cli, ...): webpack cleans only the files it writes itself.
 *
 *   npm run build       production bundle (set ADDIN_URL=https://server/path/ to rewrite the manifest's URLs)
 *   npm run build:dev   development bundle
 *   npm run dev-server  https://localhost:3000, with office-addin-dev-certs' certificate when present
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, Compilation } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const ICON = /^icon-\d+\.png$/;

/** The files this build owns in dist/: everything else there (the CLI's output) is kept. */
const OWN_OUTPUT =
  /^(taskpane|functions|commands)(\.[\w-]+)*\.(js|map|html|json|txt)$|^manifest\.xml$|^assets\/icon-\d+\.png$/;

/**
 * Copies assets/icon-*.png, the demo's sample workbook and manifest.xml into the output, rewriting the
 * URLs for a deployment.
 */
class CopyAddinFilesPlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }

  apply(compiler) {
    const root = compiler.context;
    compiler.hooks.thisCompilation.tap("CopyAddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyAddinFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const assetsDir = path.join(root, "assets");
          for (const name of fs
            .readdirSync(assetsDir)
            .filter((f) => ICON.test(f))
            .sort()) {
            const file = path.join(assetsDir, name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`assets/${name}`, new sources.RawSource(fs.readFileSync(file)));
          }
          // The sample workbook as sheet grids, opened by the demo mode (scripts/build-demo-workbook.js).
          const sampleFile = path.join(assetsDir, "cartella-esempio.json");
          compilation.fileDependencies.add(sampleFile);
          compilation.emitAsset("taskpane.cartella-esempio.json", new sources.RawSource(fs.readFileSync(sampleFile)));
          const manifestFile = path.join(root, "manifest.xml");
          compilation.fileDependencies.add(manifestFile);
          let manifest = fs.readFileSync(manifestFile, "utf8");
          if (this.publicUrl) {
            // Page URLs move under the deployment path; the AppDomain keeps only its origin.
            manifest = manifest
              .split(DEV_URL)
              .join(this.publicUrl)
              .split(DEV_URL.slice(0, -1))
              .join(new URL(this.publicUrl).origin);
          }
          compilation.emitAsset("manifest.xml", new sources.RawSource(manifest));
        }
      );
    });
  }
}

/** office-addin-dev-certs' files when they exist (`npx office-addin-dev-certs install`), else a self-signed certificate. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return { type: "https" };
  const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
  return { type: "https", options };
}

function publicUrl(dev) {
  const url = process.env.ADDIN_URL;
  if (dev || !url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL deve iniziare con https:// (trovato "${url}")`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = (_env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      // functions.js stands alone (the manifest's Script) and carries the webpack runtime and the engine;
      // the task pane depends on it, so in the shared page the engine's modules are loaded once.
      functions: FUNCTIONS_SOURCE,
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      // Shares the functions' modules too: it registers the functions' reader of empty cells.
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand sit next to the page as taskpane.<name>.js: demo (the demo mode's simulated
      // Excel), impostazioni (the settings tab), lettura (the reading view), albero, formule, annulla,
      // verifica, nomi (the PERF_* names offer), calcolo (readers and engine when computed on this thread)
      // and the recalculation's worker. The default publicPath "auto" finds them from the script that loads them.
      chunkFilename: "taskpane.[name].js",
      clean: { keep: (asset) => !OWN_OUTPUT.test(asset.replace(/\\/g, "/")) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // npm installs two copies of the same @fluentui/react-portal (under react-components and under
      // react-dialog); one is enough.
      alias: {
        "@fluentui/react-portal": path.dirname(
          require.resolve("@fluentui/react-portal/package.json", {
            paths: [path.dirname(require.resolve("@fluentui/react-components"))],
          })
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page runs the task pane, the custom functions and the commands.
        chunks: ["functions", "taskpane", "commands"],
      }),
      new CopyAddinFilesPlugin(publicUrl(dev)),
    ],
    // The add-in is served to Excel, not over a slow network; React and Fluent UI exceed the web defaults.
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsServer(),
      port: PORT,
      static: false,
    },
  };
};

module.exports.OWN_OUTPUT = OWN_OUTPUT;
module.exports.FUNCTIONS_SOURCE = FUNCTIONS_SOURCE;
