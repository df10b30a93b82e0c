const os = require("os");

/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  globalSetup: "<rootDir>/test/global-setup.js",
  // Jest's default is one worker less than the cores: a single worker on a 2-core machine, where the
  // parent only collects results. At least two workers keep both cores busy.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testTimeout: 60000,
};
