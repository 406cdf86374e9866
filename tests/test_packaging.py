"""Install paths a new user takes: a wheel in a fresh venv, and the pre-commit hook."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

BAD_ARTICLE = "Sir. Blinken said on Thursday that talks would go on. .\n"


def run(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, timeout=900
    )


def test_wheel_in_a_fresh_venv_finds_builtin_packs_from_another_directory(tmp_path: Path) -> None:
    built = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-w",
        tmp_path / "dist",
        ROOT,
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("newslint-*.whl"))
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path).returncode == 0
    venv_site = Path(
        subprocess.check_output(
            [
                venv / "bin" / "python",
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            text=True,
        ).strip()
    )
    shutil.unpack_archive(wheel, venv_site, "zip")
    # The wheel's own dependencies come from this environment; its newslint must not.
    outer = [
        p for p in {sysconfig.get_paths()["purelib"], *site.getsitepackages()} if Path(p).is_dir()
    ]
    (venv_site / "zz_outer_deps.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    (workdir / "article.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = run(
        venv / "bin" / "python",
        "-c",
        "import newslint, newslint.rules as r; print(newslint.__file__); print(r.builtin_rules_dir())",
        cwd=workdir,
        env=env,
    )
    assert str(venv_site) in where.stdout, where.stdout + where.stderr
    result = run(
        venv / "bin" / "python", "-m", "newslint", "check", "article.txt", cwd=workdir, env=env
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "article.txt:1:1: error mt.mistranslated-honorific" in result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_hook_fails_bad_and_passes_good_article(tmp_path: Path) -> None:
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    repo = tmp_path / "site"
    repo.mkdir()
    (repo / "bad.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    (repo / "-o.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    shutil.copy(FIXTURES / "clean_state_02.txt", repo / "good.txt")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    for command in (["git", "init", "-q"], ["git", "add", "."]):
        assert run(*command, cwd=repo, env=env).returncode == 0
    bad = run(pre_commit, "try-repo", ROOT, "newslint", "--files", "bad.txt", cwd=repo, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "mt.mistranslated-honorific" in bad.stdout
    good = run(pre_commit, "try-repo", ROOT, "newslint", "--files", "good.txt", cwd=repo, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    # A staged name starting with "-" comes after the hook's args: read as a file, not as
    # newslint's `-o` (which wrote the report to ".txt", checked nothing and passed).
    dashed = run(pre_commit, "try-repo", ROOT, "newslint", "--files=-o.txt", cwd=repo, env=env)
    assert dashed.returncode == 1, dashed.stdout + dashed.stderr
    assert "-o.txt:1:1: error mt.mistranslated-honorific" in dashed.stdout
    assert not (repo / ".txt").exists()
