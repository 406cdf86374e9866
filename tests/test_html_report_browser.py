"""Both HTML pages in a real headless Chromium: no console error, marks on the right text,
filters that work, keyboard navigation, and a screenshot of each page.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them); skipped without them.
Screenshots go to NEWSLINT_ARTIFACTS if set, else to the test's temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import FIXTURES, run_newslint
from .test_html_report import write_corpus

pytestmark = pytest.mark.browser
webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium (in the test extra)")  # fmt: skip
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    if os.environ.get("NEWSLINT_REQUIRE_BROWSER"):  # CI installs it: absent there is a failure
        raise RuntimeError("chromium and chromedriver are required here but not on PATH")
    pytest.skip(
        "no chromium/chromedriver on PATH (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

STORY, NOTES = FIXTURES / "report" / "story.txt", FIXTURES / "report" / "notes.md"
# Text under each mark, per finding id (icons and tooltips are not the document's text).
COVERED = """
const covered = {};
document.querySelectorAll("mark.hl").forEach(function (mark) {
  let text = "";
  mark.childNodes.forEach(function (node) { if (node.nodeType === 3) { text += node.data; } });
  mark.getAttribute("data-ids").split(" ").forEach(function (id) {
    covered[id] = (covered[id] || "") + text;
  });
});
return covered;
"""

# The document text of a file's section, as rendered (without icons and tooltips).
DOCUMENT_TEXT = """
const walker = document.createTreeWalker(document.querySelector(arguments[0]), NodeFilter.SHOW_TEXT);
let text = "";
while (walker.nextNode()) {
  if (!walker.currentNode.parentElement.closest(".tip, .icon")) { text += walker.currentNode.data; }
}
return text;
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):  # fmt: skip
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    yield driver
    driver.quit()


@pytest.fixture
def artifacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("NEWSLINT_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _open(browser: Any, page: Path) -> None:
    browser.get(page.as_uri())
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def _expected_texts(findings: list[dict], paths: list[Path]) -> dict[str, str]:
    """What each finding's span holds, from the JSON report's lines and columns."""
    expected = {}
    counters = dict.fromkeys(range(len(paths)), 0)
    for finding in findings:
        number = [p.name for p in paths].index(Path(finding["path"]).name)
        lines = paths[number].read_text("utf-8").split("\n")
        if finding["line"] == finding["end_line"]:
            text = lines[finding["line"] - 1][finding["column"] - 1 : finding["end_column"] - 1]
        else:
            text = "\n".join(lines[finding["line"] - 1 : finding["end_line"]])
        expected[f"f{number}-{counters[number]}"] = text
        counters[number] += 1
    return expected


@pytest.fixture(scope="module")
def check_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("browser") / "report.html"
    names, folder = [STORY.name, NOTES.name], STORY.parent  # relative, as a user would type them
    run = run_newslint("check", "--grammar", "off", "--format", "html", "-o", str(out), *names, cwd=folder)  # fmt: skip
    assert run.returncode == 1, run.stderr
    listed = run_newslint("check", "--grammar", "off", "--format", "json", *names, cwd=folder)
    return out, json.loads(listed.stdout)


@pytest.mark.slow
def test_check_page_loads_and_marks_the_right_text(browser: Any, check_page: tuple[Path, list[dict]]):  # fmt: skip
    page, findings = check_page
    _open(browser, page)
    covered = browser.execute_script(COVERED)
    assert covered == _expected_texts(findings, [STORY, NOTES])
    assert len(covered) == 13
    # The article's script stayed text: the page runs its own script only.
    assert browser.execute_script(DOCUMENT_TEXT, "#file-0 pre.doc") == STORY.read_text("utf-8")
    assert browser.execute_script("return document.scripts.length") == 1


def _shown(browser: Any) -> int:
    return int(browser.find_element(By.CSS_SELECTOR, '[data-shown-in="findings"]').text)


@pytest.mark.slow
def test_check_page_filters_by_severity_pack_and_rule(browser: Any, check_page: tuple[Path, list[dict]]):  # fmt: skip
    page, findings = check_page
    _open(browser, page)
    assert _shown(browser) == 13
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="severity"][value="error"]').click()
    warnings = sum(1 for f in findings if f["severity"] == "warning")
    assert _shown(browser) == warnings
    items = browser.find_elements(By.CSS_SELECTOR, "li[data-finding]")
    assert [i.get_attribute("data-severity") for i in items if i.is_displayed()] == ["warning"] * warnings  # fmt: skip
    honorific = browser.find_element(By.ID, "f0-0")  # an error: no longer marked
    assert "off" in honorific.get_attribute("class").split()
    browser.find_element(By.CSS_SELECTOR, 'button[data-all="severity"][data-on="true"]').click()
    browser.find_element(By.CSS_SELECTOR, 'button[data-all="pack"][data-on="false"]').click()
    assert _shown(browser) == 0
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="pack"][value="mt"]').click()
    assert _shown(browser) == sum(1 for f in findings if f["rule"].startswith("mt."))
    assert "sev-error" in honorific.get_attribute("class").split()


@pytest.mark.slow
def test_check_page_keyboard_walks_findings_and_shows_messages(browser: Any, check_page: tuple[Path, list[dict]], artifacts: Path):  # fmt: skip
    page, findings = check_page
    _open(browser, page)

    def press(key: str) -> None:
        ActionChains(browser).send_keys(key).perform()  # to the focused element, as a reader types

    press("n")
    first = browser.switch_to.active_element
    assert first.get_attribute("id") == "f0-0"
    tip = first.find_element(By.CSS_SELECTOR, ".tip")
    assert tip.is_displayed()
    assert findings[0]["message"] in tip.text and "fix: “Mr.”" in tip.text
    press("n")
    assert browser.switch_to.active_element.get_attribute("id") == "f0-1"
    press("p")
    assert browser.switch_to.active_element.get_attribute("id") == "f0-0"
    browser.save_screenshot(str(artifacts / "report-html.png"))
    assert (artifacts / "report-html.png").stat().st_size > 10_000


@pytest.mark.slow
def test_scan_report_page_in_the_browser(browser: Any, tmp_path: Path, artifacts: Path):
    corpus = write_corpus(tmp_path / "dump.jsonl")
    report = tmp_path / "scan.html"
    run = run_newslint("scan", str(corpus), "-o", str(tmp_path / "scores.jsonl"), "--drop-above", "20", "--filtered-output", str(tmp_path / "kept.jsonl"), "--report", str(report), "-j", "1")  # fmt: skip
    assert run.returncode == 0, run.stderr
    _open(browser, report)
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.plot svg")
    assert len(charts) == 3 and all(c.size["width"] > 200 for c in charts)
    covered = browser.execute_script(COVERED)
    worst_text = browser.execute_script(DOCUMENT_TEXT, "#file-0 pre.doc")
    assert covered and all(text.strip() and text in worst_text for text in covered.values())
    assert {"Sir.", "Portugalhad", "the the"} <= set(covered.values())
    total = _shown(browser)
    browser.find_element(By.CSS_SELECTOR, 'button[data-all="rule"][data-on="false"]').click()
    assert _shown(browser) == 0
    assert not browser.find_elements(By.CSS_SELECTOR, "mark.hl:not(.off)")
    browser.find_element(By.CSS_SELECTOR, 'button[data-all="rule"][data-on="true"]').click()
    assert _shown(browser) == total
    browser.set_window_size(1280, 1500)
    browser.save_screenshot(str(artifacts / "report-scan.png"))
    browser.set_window_size(1280, 900)
    assert (artifacts / "report-scan.png").stat().st_size > 10_000
