// papaparse ships as a UMD script, not as an ES module. index.html loads it as a classic script (it sets
// window.Papa) before any module runs; this module hands it to the library's ESM build, which imports 'papaparse'
// through the page's import map.
export default globalThis.Papa;
