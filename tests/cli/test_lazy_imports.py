"""`invoice-desk sync` loads only what a sync needs: each command's controllers load when it runs.

Each check runs in a fresh interpreter (this test process has imported everything already) and
compares the names in `sys.modules` with what the command must not have loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.crm.sandbox import SandboxCrm
from tests.sync.test_cli_and_crashes import OWNER, cli_ok, connect_args

# What no sync uses: the window, PDF drawing, e-invoices, and what only they pull in.
NEVER_IN_A_SYNC = (
    "PySide6", "shiboken6", "reportlab", "facturx", "lxml", "pypdf",
    "desktop.ui", "desktop.pdf", "desktop.einvoice",
)  # fmt: skip
# Before the command runs, not even storage, HTTP, the keyring or the sync engine is needed.
NOT_TO_PARSE = (
    *NEVER_IN_A_SYNC, "pygments", "mako", "alembic", "sqlalchemy", "requests", "urllib3", "keyring",
    "desktop.mail", "desktop.persistence", "desktop.crm", "desktop.sync",
    "desktop.controllers.bootstrap", "desktop.controllers.services",
    "desktop.controllers.documents", "desktop.controllers.mail", "desktop.controllers.reports",
)  # fmt: skip

# Runs in the child: sys.argv[1] is where to write the loaded modules, the rest the arguments.
PARSE_ONLY = """
import json, sys
from desktop.app.main import build_parser
args = build_parser().parse_args(sys.argv[2:])
assert args.command == "sync", args
json.dump(sorted(sys.modules), open(sys.argv[1], "w"))
"""
RUN = """
import json, sys
from desktop.app.main import main
code = main(sys.argv[2:])
json.dump({"code": code, "modules": sorted(sys.modules)}, open(sys.argv[1], "w"))
"""


def loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    """Return the modules that are one of the packages or inside one."""
    return [m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages)]


def run_child(code: str, args: list[str], env: dict[str, str], out: Path) -> object:
    """Run `python -c CODE OUT ARGS…`; return what it wrote to OUT."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(out), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    value: object = json.loads(out.read_text(encoding="utf-8"))
    return value


def test_parsing_a_sync_loads_no_controller_storage_or_pdf_code(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    args = ["--data-dir", str(tmp_path / "data"), "sync", "--quiet"]
    modules = run_child(PARSE_ONLY, args, cli_env, tmp_path / "modules.json")
    assert isinstance(modules, list)
    assert "desktop.cli.sync_cmd" in modules  # the check looks at the right process
    assert loaded(modules, NOT_TO_PARSE) == []


def test_a_real_sync_never_loads_the_window_pdf_or_einvoice_code(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    with SandboxCrm(user_email=OWNER) as sandbox:
        account = sandbox.add_account(Account_Name="Acme")
        sandbox.add_contact(First_Name="Bo", Last_Name="Li", Account_Name=account)
        cli_ok(connect_args(sandbox, data), cli_env)
        args = ["--data-dir", str(data), "sync", "--quiet"]
        ran = run_child(RUN, args, cli_env, tmp_path / "modules.json")
    assert isinstance(ran, dict)
    assert ran["code"] == 0
    assert "desktop.sync.engine" in ran["modules"]  # it did sync
    assert loaded(ran["modules"], NEVER_IN_A_SYNC) == []
    customers = json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))
    assert [c["name"] for c in customers] == ["Acme"]
