#!/usr/bin/env python3
"""Resident memory of a running portal while clients upload worst-case files at once (issue 12, item 8).

Usage: worst_uploads.py BASE_URL PID EMAIL PASSWORD [--clients 4] [--runs 3] [--scenario images|docx|both]
Each client signs in, then in each run every client sends, at the same moment, a 50-megapixel PNG that
compresses to a few hundred kilobytes (the largest image accepted, a decompression bomb), a 100,000 x 1,000 PNG
(refused from its header), and/or a .docx whose text part is just under the 16 MB cap (one numbered
paragraph repeated: as many propositions as fit). VmRSS of PID is sampled every 50 ms.
"""
import argparse, io, re, statistics, struct, sys, threading, time, zipfile, zlib
import requests

def png(width, height):
    """A black RGB PNG, streamed through zlib row by row: tiny file, huge decoded size."""
    raw_row = b"\x00" + b"\x00" * (width * 3)
    z = zlib.compressobj(9)
    data = b"".join(z.compress(raw_row) for _ in range(height)) + z.flush()
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", data) + chunk(b"IEND", b"")

def docx(xml_bytes):
    """A Word document whose word/document.xml is about xml_bytes of numbered paragraphs."""
    paragraph = "<w:p><w:r><w:t>1. Une proposition répétée pour la mesure.</w:t></w:r></w:p>".encode()
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    tail = b"</w:body></w:document>"
    body = head + paragraph * ((xml_bytes - len(head) - len(tail)) // len(paragraph)) + tail
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", body)
    return out.getvalue()

def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

class Client:
    def __init__(self, base, email, password, signed_in=None):
        self.base, self.s = base, requests.Session()
        if signed_in is not None:
            # The same account on another connection: its auth cookie, not another sign-in (those are rate-limited).
            self.s.cookies.set("portal.auth", signed_in.s.cookies.get("portal.auth"))
            return
        self.token_of("/admin/connexion")
        r = self.post("/admin/connexion", data={"Email": email, "Password": password, "__RequestVerificationToken": self.token})
        if r.status_code != 302:
            sys.exit(f"sign-in failed: {r.status_code}")

    def _plain(self):
        # Production marks cookies Secure; this local client talks plain HTTP to 127.0.0.1.
        for cookie in self.s.cookies:
            cookie.secure = False

    def token_of(self, path, form_id=None):
        r = self.s.get(self.base + path, timeout=600, allow_redirects=False)
        self._plain()
        html = r.text
        if form_id:
            if f'id="{form_id}"' not in html:
                title = re.search(r"<title>([^<]*)", html)
                sys.exit(f"GET {path}: {r.status_code} {r.headers.get('location', '')} {title.group(1) if title else html[:200]}")
            html = html[html.index(f'id="{form_id}"'):]
        self.token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
        return html

    def post(self, path, **kw):
        r = self.s.post(self.base + path, allow_redirects=False, timeout=600, **kw)
        self._plain()
        return r

    def upload_image(self, content, name):
        self.token_of("/admin/medias/ajouter", "media-upload")
        return self.post("/admin/medias/ajouter", data={"__RequestVerificationToken": self.token, "Titre": name, "TexteAlternatif": "Image de mesure"},
                         files={"fichier": (name, content, "image/png")}).status_code

    def import_docx(self, process, content):
        self.token_of(f"/admin/demarches/{process}/import", "import-fichier")
        r = self.post(f"/admin/demarches/{process}/import?handler=Analyse", data={"__RequestVerificationToken": self.token},
                      files={"Fichier": ("rapport.docx", content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")})
        return r.status_code

def main():
    p = argparse.ArgumentParser()
    p.add_argument("base"); p.add_argument("pid", type=int); p.add_argument("email"); p.add_argument("password")
    p.add_argument("--clients", type=int, default=4); p.add_argument("--runs", type=int, default=3)
    p.add_argument("--scenario", choices=["images", "docx", "both"], default="both")
    a = p.parse_args()
    bomb, refused, report = png(7071, 7071), png(100_000, 1_000), docx(16 * 1024 * 1024 - 4096)
    print(f"files: 50 MP PNG {len(bomb):,} B, 100,000 x 1,000 PNG {len(refused):,} B, .docx {len(report):,} B")
    # One signed-in session per request stream: a client sending an image and a report at once uses two connections.
    kinds = {"images": 2, "docx": 1, "both": 3}[a.scenario]
    first = Client(a.base, a.email, a.password)
    clients = [[Client(a.base, a.email, a.password, first) for _ in range(kinds)] for _ in range(a.clients)]
    process = re.search(r'href="/admin/demarches/([^/"?]+)"', clients[0][0].s.get(a.base + "/admin").text).group(1)
    peaks, statuses = [], []
    for run in range(a.runs):
        before = rss_mb(a.pid)
        peak, done = [before], threading.Event()
        def sample():
            while not done.is_set():
                peak.append(rss_mb(a.pid)); time.sleep(0.05)
        sampler = threading.Thread(target=sample); sampler.start()
        jobs, start = [], threading.Barrier(a.clients * kinds)
        def run_job(fn):
            start.wait(); statuses.append(fn())
        for i, sessions in enumerate(clients):
            if a.scenario in ("images", "both"):
                jobs.append(lambda c=sessions[0], i=i: c.upload_image(bomb, f"bombe-{run}-{i}.png"))
                jobs.append(lambda c=sessions[1], i=i: c.upload_image(refused, f"bande-{run}-{i}.png"))
            if a.scenario in ("docx", "both"):
                jobs.append(lambda c=sessions[-1]: c.import_docx(process, report))
        threads = [threading.Thread(target=run_job, args=(j,)) for j in jobs]
        t0 = time.time()
        for t in threads: t.start()
        for t in threads: t.join()
        done.set(); sampler.join()
        peaks.append(max(peak))
        print(f"run {run + 1}: {len(jobs)} requests in {time.time() - t0:.1f} s, RSS before {before:.0f} MB, peak {max(peak):.0f} MB, after {rss_mb(a.pid):.0f} MB")
    print(f"statuses: {sorted(set(statuses))}")
    print(f"median peak RSS over {a.runs} runs ({a.scenario}, {a.clients} clients): {statistics.median(peaks):.0f} MB")

if __name__ == "__main__":
    main()
