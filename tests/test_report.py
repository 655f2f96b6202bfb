"""cnexport report: the audit report of a decision or a batch, as HTML and Markdown, rendered by a
real headless browser (Chromium from Debian's packages, which .ci/run installs)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import raw, run_cli, shipment

from cnexport import report

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def cli(opa, *args):
    return run_cli("report", *args, server=opa)


@pytest.fixture(scope="module")
def batch(opa, tmp_path_factory):
    """A batch of two examples and a file that cannot be read."""
    out = tmp_path_factory.mktemp("report") / "batch"
    run = cli(
        opa,
        "--out",
        str(out),
        str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json"),
        str(EXAMPLES / "cn-control-list-owner-60pct.json"),
        str(out.parent / "missing.json"),
    )
    return run, out.with_suffix(".html").read_text(encoding="utf-8"), out.with_suffix(".md").read_text(encoding="utf-8"), out


def test_a_document_without_a_decision_is_listed_and_the_exit_is_2(batch):
    run, html, markdown, out = batch
    assert run.returncode == 2
    assert f"missing.json: no decision: cannot read {out.parent / 'missing.json'}" in run.stderr
    assert f"| {out.parent / 'missing.json'} | no decision: cannot read" in markdown
    assert "no decision: cannot read" in html


def test_each_decision_with_its_reasons_in_english_and_chinese(batch):
    _, html, markdown, _ = batch
    summary = re.findall(rf"\| [^|]+ \| ([\w.-]+) \| \*\*(\w+)\*\* \| (\w+) \| ([\d-]+) \| ({UUID}) \|", markdown)
    assert [s[:4] for s in summary] == [
        ("jp-magnet-cn-dy-0.15pct", "LICENCE_REQUIRED", "HOLD", "2026-12-01"),
        ("cn-control-list-owner-60pct", "PROHIBITED", "STOP", "2025-12-01"),
    ]
    for text in (html, markdown):
        assert "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD" in text and "MOFCOM-2025-61 clause 1(1)" in text
        assert "worth 300.0 USD, is 0.1500000% of its value of 200000.0 USD" in text
        assert "该物项为境外制造的附件1第二部分物项，所含原产于中国的" in text
        assert "CONTROL_LIST_DUAL_USE_BAN" in text and "MOFCOM-2025-1 clause 1" in text
        assert "（通过持股0.6的股东General Dynamics Corporation）" in text
        assert "ratio_percent: 0.1500000" in text and "threshold_percent: 0.1" in text
        assert "https://www.fredgao.com/p/china-implements-new-export-controls" in text
        assert "licence_application" in text and "2026-09-21" in text and "MOFCOM-2025-61 clause 6" in text
        assert "SUSPENSION_EXTENSION_REPORTED" in text and "自2026-11-10起恢复实施" in text


def test_the_data_used_with_its_source_quality_and_the_readings(batch):
    _, html, markdown, _ = batch
    assert (
        "| clause | MOFCOM-2025-61 clause 1(1) | foreign-made Annex 1 Part 2 item with China-origin Annex 1 Part 1 content worth "
        "0.1% or more of its value | revived on 2026-11-10, when the suspension by MOFCOM-2025-70 ended | primary_reprint | "
        "https://www.chemradar.com/en/news/detail/f1la2toi5p1c |"
    ) in markdown
    assert (
        "| catalogue entry | cn2025-18-1c905b-dy-oxide | dysprosium oxide and its mixtures (1C905.b; MOFCOM-2025-18 clause 4(2)) | "
        "applies from 2025-04-04 | secondary | https://www.bwmagnets.com/"
    ) in markdown
    assert re.search(
        r"\| listing \| cl-2025-01-02-01-general-dynamics \| General Dynamics on the control_list \(MOFCOM-2025-1\) \| "
        r"in force from 2025-01-02 \| primary_reprint \| https://www\.mofcom\.gov\.cn/",
        markdown,
    )
    assert "| I-70-END-DAY | the last day of the No. 70 suspension | The suspension covers 2025-11-07 to 2026-11-09;" in markdown
    assert "| I-OWNERSHIP-50 |" in markdown and "| I-61-VALUE-BASIS |" in markdown
    assert "<td>I-70-END-DAY</td><td>the last day of the No. 70 suspension</td>" in html


def test_provenance_decision_ids_reference_data_and_files(batch, client):
    _, html, markdown, _ = batch
    from cnexport import status

    version = status.ask(client, "2025-12-01")["reference_data"]["version"]
    assert f"| reference data | version {version}, verified through 2026-10-09 |" in markdown
    assert "| bundle revision | none: OPA loaded the policies and reference data as files (git commit " in markdown
    assert re.search(r"\| generated \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \|", markdown)
    assert len(set(re.findall(UUID, markdown))) == 2
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="timeline"' in html
    assert ">MOFCOM-2025-61 1(1), 1(2)</text>" in html and 'data-state="revived"' in html


def test_what_a_document_says_is_escaped(opa, tmp_path):
    hostile = "<script>alert(1)</script> | <img src=x onerror=alert(2)>"
    document = shipment(id=hostile)
    document["parties"][0]["name"] = hostile
    path = tmp_path / "hostile.json"
    path.write_bytes(raw(document))
    run = cli(opa, "--out", str(tmp_path / "r"), str(path))
    assert run.returncode == 0, run.stderr
    html, markdown = (tmp_path / "r.html").read_text(encoding="utf-8"), (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| &lt;img src=x onerror=alert(2)&gt;" in markdown


def test_an_invalid_document_is_reported_with_every_error(opa, tmp_path):
    path = tmp_path / "invalid.json"
    path.write_bytes(raw(shipment(ship_to="XX", export_date="2025-02-30")))
    run = cli(opa, "--out", str(tmp_path / "r"), str(path))
    assert run.returncode == 0, run.stderr
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "**INVALID_INPUT** | STOP |" in markdown
    assert "| /ship_to |" in markdown and "| /export_date |" in markdown


def test_unreachable_opa_writes_no_report(tmp_path):
    from cnexport.opa import free_port

    run = run_cli(
        "report", "--out", str(tmp_path / "r"), str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json"), url=f"http://127.0.0.1:{free_port()}"
    )
    assert run.returncode == 2 and "cnexport: no report:" in run.stderr
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "r.md").exists()


def test_readings_are_read_from_docs_interpretations():
    found = report.readings()
    assert found["I-70-END-DAY"].title == "the last day of the No. 70 suspension"
    assert found["I-70-END-DAY"].reading.startswith(
        "The suspension covers 2025-11-07 to 2026-11-09; the measures apply again on 2026-11-10."
    )
    assert "Relied on by" not in found["I-70-END-DAY"].reading


# ---- a real browser ---------------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Chromium is needed to check the reports: apt-get install chromium (.ci/run installs it)"
    return found


def browse(page: Path, *args) -> subprocess.CompletedProcess:
    # --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start.
    return subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={page.parent / 'chromium-profile'}",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_report_prints_to_pdf_and_its_dom_holds_every_decision(batch, tmp_path):
    *_, out = batch
    page = out.with_suffix(".html")
    pdf = tmp_path / "report.pdf"
    printed = browse(page, f"--print-to-pdf={pdf}")
    assert printed.returncode == 0, printed.stderr[-2000:]
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000
    assert len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())) >= 3  # the summary and a page per decision
    dom = browse(page, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('<section class="decision"') == 2
    assert "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD" in dom.stdout and "CONTROL_LIST_DUAL_USE_BAN" in dom.stdout
    assert "<svg" in dom.stdout and 'data-state="suspended"' in dom.stdout


def test_the_status_page_renders_to_png(opa, tmp_path):
    page = tmp_path / "status.html"
    run = run_cli("status", "--date", "2026-11-10", "--html", str(page), server=opa)
    assert run.returncode == 0, run.stderr
    png = tmp_path / "status.png"
    shot = browse(page, f"--screenshot={png}", "--window-size=1200,1600")
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    dom = browse(page, "--dump-dom")
    assert "<h1>The law on 2026-11-10</h1>" in dom.stdout
    assert dom.stdout.count("<rect") > 80 and 'data-state="stopped"' in dom.stdout and 'data-state="repealed"' in dom.stdout
