// Build of the add-in, after Microsoft's "Excel Custom Functions using a Shared Runtime" template:
// one page (taskpane.html) hosts the task pane and the custom functions.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";

/**
 * Where the production build will be served from: `npm run build -- --env url=https://…/`, else
 * ANEXOS_PROD_URL, else package.json config.prod_url.
 */
function productionUrl(env) {
  const url = env.url || process.env.ANEXOS_PROD_URL || pkg.config.prod_url;
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(url) || url === DEV_URL) {
    throw new Error(
      `Endereço de produção inválido: "${url}". Use https e termine com "/", como https://anexos.saude.mg.gov.br/ ` +
        "(use npm run build -- --env url=…, ANEXOS_PROD_URL ou config.prod_url no package.json).",
    );
  }
  return url;
}

async function devServerHttps() {
  // Imported only for the dev server: the production build and the tests need no certificates.
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Trusting the CA system-wide needs sudo (Linux) or an admin prompt. The certificates are made
    // before that step, so serve with them and tell the developer how to trust them by hand.
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const fs = require("node:fs");
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(
      `\nAviso: o certificado de desenvolvimento não foi instalado como confiável (${error.message.split("\n")[0]}).\n` +
        `Importe ${defaults.caCertificatePath} no navegador como autoridade confiável, ou abra ` +
        `${DEV_URL}taskpane.html e aceite o certificado antes de carregar o suplemento.\n`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const urlProd = dev ? DEV_URL : productionUrl(env);
  // Source maps: in development, beside the code. A production build ships none to the server (they would
  // publish the whole source); `npm run build -- --env mapas` writes them to dist-maps/, outside dist/, for
  // reading a stack trace from production (the .js files carry no sourceMappingURL either way).
  const productionMaps = !dev && Boolean(env.mapas);
  return {
    // Never an eval-based source map: the task pane's Content-Security-Policy forbids eval, in development too.
    devtool: dev ? "cheap-module-source-map" : productionMaps ? "hidden-source-map" : false,
    entry: {
      // The chunk Excel needs at workbook open: the functions and the rules, and nothing of the UI.
      functions: ["./src/functions/runtime-guard.ts", "./src/functions/functions.ts"],
      // A few lines that load the React UI (chunk "pane") when the pane is shown; the rules come from above.
      taskpane: { import: "./src/taskpane/index.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      ...(productionMaps ? { sourceMapFilename: "../dist-maps/[file].map" } : {}),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked once by `npm run typecheck`; the build only strips them.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        // The bundled Anexo I text for preview mode, as a string.
        { test: /\.txt$/, type: "asset/source" },
      ],
    },
    plugins: [
      new DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(pkg.version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/ajuda.html", to: "ajuda.html" },
          { from: "src/help/ajuda.css", to: "ajuda.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Every occurrence, not just the first: a single left-over localhost URL breaks production.
            transform: (content) => content.toString().replaceAll(DEV_URL, urlProd),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      host: "localhost", // the add-in is sideloaded from this machine; nothing else should reach the dev server
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await devServerHttps() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port),
    },
    performance: { hints: false },
  };
};
