// The site with the tip form on, for tips.spec.js: a copy of the bundled content whose
// site.toml seals tips to a throwaway key made with `hotline-site tips keygen`, and a store
// in the same temporary folder. Made once by the runner; workers inherit its paths.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function tipsSite(binary) {
  if (process.env.HOTLINE_E2E_TIPS_DIR) return process.env.HOTLINE_E2E_TIPS_DIR;
  const root = path.resolve(__dirname, '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-e2e-tips-'));
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  const recipient = execFileSync(path.resolve(root, binary), ['tips', 'keygen', '--out', path.join(dir, 'staff-key.txt')], { encoding: 'utf8' }).trim();
  const toml = path.join(dir, 'content', 'site.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace('recipients = []', `recipients = ["${recipient}"]`));
  process.env.HOTLINE_E2E_TIPS_DIR = dir;
  return dir;
}

module.exports = { tipsSite };
