"""`workflows`, `potentials --json` and `documents --potential` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.crm.sandbox import SandboxCrm
from tests.conftest import run_cli
from tests.sync.test_cli_and_crashes import OWNER, cli_ok, connect_args


def test_workflows_potentials_and_their_documents(tmp_path: Path, cli_env: dict[str, str]) -> None:
    data = tmp_path / "data"
    home = ["--data-dir", str(data)]
    with SandboxCrm(user_email=OWNER) as sandbox:
        account = sandbox.add_account(Account_Name="Acme")
        deal = sandbox.add_deal(Deal_Name="Acme renewal", Stage="Qualification", Amount=1200,
                                Closing_Date="2026-12-31", Account_Name=account)  # fmt: skip
        cli_ok(connect_args(sandbox, data), cli_env)
        assert cli_ok([*home, "workflows"], cli_env).splitlines()[:2] == [
            "estimates: off",
            "invoices: off",
        ]
        settings = json.loads(cli_ok([*home, "workflows", "--estimates", "on", "--json"], cli_env))
        assert (settings["estimates"], settings["invoices"]) == (True, False)
        cli_ok([*home, "sync"], cli_env)
        sandbox.update("Deals", deal, Stage="Closed Won")
        cli_ok([*home, "sync"], cli_env)

    potentials = json.loads(cli_ok([*home, "potentials", "--json"], cli_env))
    assert len(potentials) == 1
    potential = potentials[0]
    customers = json.loads(cli_ok([*home, "customers", "--json"], cli_env))
    assert potential["crm_id"] == deal
    assert (potential["name"], potential["stage"], potential["amount"]) == (
        "Acme renewal",
        "Closed Won",
        "1200",
    )
    assert potential["closing_date"] == "2026-12-31"
    assert potential["customer_id"] == customers[0]["id"]
    assert potential["documents"] == ["EST-000001"]
    listed = json.loads(cli_ok([*home, "documents", "--potential", deal, "--json"], cli_env))
    assert [(d["number"], d["status"]) for d in listed] == [("EST-000001", "accepted")]
    shown = json.loads(cli_ok([*home, "documents", "show", "EST-000001"], cli_env))
    assert shown["potential"] == {"crm_id": deal, "name": "Acme renewal"}
    assert shown["managed_by_workflow"] is True
    bad = run_cli([*home, "workflows", "--invoices", "maybe"], cli_env)
    assert bad.returncode == 2
