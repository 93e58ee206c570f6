// The analyzer would otherwise write its output path into package.json's "customElements".
export default { packagejson: false };
