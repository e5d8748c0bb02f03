"""The sample nginx sites in deploy/ are valid nginx: `nginx -t` accepts each, with a test
certificate and password file in place of the clinic's (.ci/run installs Debian's nginx)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
SITES = [DEPLOY / "laser-tui-web.nginx.conf", DEPLOY / "chain" / "laser-tui-chain.nginx.conf"]
CERTIFICATES = "/etc/letsencrypt/live/aid.example-clinic.org/"
PASSWORDS = "/etc/nginx/laser-tui.htpasswd"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate in fullchain.pem and privkey.pem."""
    folder = tmp_path_factory.mktemp("certificate")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=aid.example-clinic.org", "-keyout", str(folder / "privkey.pem"),
         "-out", str(folder / "fullchain.pem")],
        check=True, capture_output=True, timeout=50,
    )  # fmt: skip
    return folder


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_nginx_accepts_the_sample_site(site: Path, certificate: Path, tmp_path: Path) -> None:
    assert Path(NGINX).is_file(), "nginx is not installed (.ci/run installs nginx-light)"
    passwords = tmp_path / "htpasswd"
    passwords.write_text("waiting-room:$apr1$abcdefgh$0123456789abcdefghijk.\n")
    text = (
        site.read_text().replace(CERTIFICATES, f"{certificate}/").replace(PASSWORDS, str(passwords))
    )
    (tmp_path / "site.conf").write_text(text)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        check=False, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr
