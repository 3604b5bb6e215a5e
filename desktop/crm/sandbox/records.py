"""The sandbox's CRM data: generated and changed records, rendered as Zoho renders them."""

from __future__ import annotations

import itertools
import random
import threading
import time
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.crm.sandbox import data
from desktop.crm.sandbox.data import ACCOUNTS, CONTACTS, DEALS, MODULES
from desktop.crm.sandbox.store import Deleted, ModuleStore, second_of, wire_time

_LOOKUPS = {CONTACTS: ("Account_Name",), DEALS: ("Account_Name", "Contact_Name")}
_LOOKUP_TARGET = {"Account_Name": ACCOUNTS, "Contact_Name": CONTACTS}
_OWNER = {"name": "Sandbox Owner", "id": "4876876000000235011", "email": "owner@shop.example"}
# A few of the `$…` keys real records carry even when only some fields are asked for.
BRIEF_SYSTEM_KEYS = {
    "$currency_symbol": "$",
    "$state": "save",
    "$approved": True,
    "$editable": True,
}
FULL_SYSTEM_KEYS: dict[str, Any] = {
    **BRIEF_SYSTEM_KEYS,
    "Owner": _OWNER, "Created_By": _OWNER, "Modified_By": _OWNER,
    "$field_states": None, "$process_flow": False, "$locked_for_me": False,
    "$approval": {"delegate": False, "takeover": False, "approve": False, "reject": False, "resubmit": False},
    "$review_process": {"approve": False, "reject": False, "resubmit": False},
    "$layout_id": {"display_label": "Standard", "name": "Standard", "id": "4876876000000091029"},
    "$zia_owner_assignment": "owner_recommendation_unavailable", "$is_duplicate": False,
    "$review": None, "$orchestration": False, "$in_merge": False, "$approval_state": "approved",
    "Locked__s": False, "Tag": [], "Record_Image": None, "Last_Activity_Time": None,
}  # fmt: skip


class CrmRecords:
    """Every module's records; thread-safe; changes get strictly increasing Modified_Times."""

    def __init__(self, accounts: int, contacts: int, deals: int, seed: int) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        sequence = itertools.count()
        rng = random.Random(seed)
        sizes = {ACCOUNTS: accounts, CONTACTS: contacts, DEALS: deals}
        self.stores = {m: ModuleStore(m, sizes[m], rng, sequence) for m in MODULES}
        self._last_change = max(store.last_second for store in self.stores.values())

    def store(self, module: str) -> ModuleStore:
        """Return a module's store; raise KeyError for an unknown module."""
        return self.stores[module]

    def change_second(self) -> int:
        """Return the Modified_Time of a change: now, but always after the previous change."""
        self._last_change = max(int(time.time()), self._last_change + 1)
        return self._last_change

    def add(self, module: str, fields: dict[str, Any]) -> str:
        """Create a record with the given wire fields; return its id."""
        with self.lock:
            store = self.store(module)
            crm_id = store.new_id()
            second = self.change_second()
            store.changed[crm_id] = {"Created_Time": wire_time(second), **_stored(module, fields)}
            store.place(crm_id, second)
            return str(crm_id)

    def add_raw(self, module: str, record: dict[str, Any]) -> str:
        """Add a record served exactly as given (bad data on purpose); return the sandbox's id.

        It sits on the timeline at its own Modified_Time when that is readable, else at "now".
        """
        with self.lock:
            store = self.store(module)
            crm_id = store.new_id()
            store.raw[crm_id] = dict(record)
            store.place(
                crm_id, _readable_second(record.get("Modified_Time")) or self.change_second()
            )
            return str(crm_id)

    def update(self, module: str, crm_id: str, fields: dict[str, Any]) -> None:
        """Change fields of a record; its Modified_Time becomes the time of this change."""
        with self.lock:
            store, number = self.store(module), self._live(module, crm_id)
            second = self.change_second()
            if number in store.raw:
                store.raw[number].update(fields, Modified_Time=wire_time(second))
            else:
                store.changed[number] = {
                    **self.core_fields(module, number),
                    **_stored(module, fields),
                }
            store.place(number, second)

    def delete(self, module: str, crm_id: str, permanent: bool = False) -> None:
        """Delete a record; it is listed by /deleted from now on."""
        with self.lock:
            store, number = self.store(module), self._live(module, crm_id)
            name = None if permanent else self.display_name(module, number)
            store.unplace(number)
            key = (self.change_second() << 32) | number % (1 << 32)
            store.deleted.append(
                Deleted(key, crm_id, name, "permanent" if permanent else "recycle")
            )

    def ids(self, module: str) -> list[str]:
        """Return the ids of the module's live records in timeline order."""
        with self.lock:
            return [str(i) for i in self.store(module).ids]

    def _live(self, module: str, crm_id: str) -> int:
        number = int(crm_id)
        if number not in self.store(module).key_of:
            raise KeyError(f"no live {module} record {crm_id}")
        return number

    def core_fields(self, module: str, number: int) -> dict[str, Any]:
        """Return a record's fields in stored form (lookups as {"id"}, Amount as Decimal)."""
        store = self.store(module)
        if not store.is_generated(number):
            return dict(store.changed[number])
        index = number - data.ID_BASE[module]
        rng = data.record_rng(self.seed, module, index)
        sizes = {m: s.generated for m, s in self.stores.items()}
        if module == ACCOUNTS:
            return data.generated_account(rng)
        if module == CONTACTS:
            fields, account = data.generated_contact(rng, sizes[ACCOUNTS])
            fields["Account_Name"] = _generated_ref(ACCOUNTS, account)
            return fields
        fields, account, contact = data.generated_deal(rng, sizes[ACCOUNTS], sizes[CONTACTS])
        fields["Account_Name"] = _generated_ref(ACCOUNTS, account)
        fields["Contact_Name"] = _generated_ref(CONTACTS, contact)
        return fields

    def display_name(self, module: str, number: int) -> str | None:
        """Return the name a lookup to this record shows (None when it does not exist)."""
        store = self.store(module)
        if number in store.raw:
            name = store.raw[number].get("Account_Name" if module == ACCOUNTS else "Last_Name")
            return name if isinstance(name, str) else None
        if store.is_generated(number):
            rng = data.record_rng(self.seed, module, number - data.ID_BASE[module])
            if module == ACCOUNTS:
                return data.account_name(rng)
            if module == CONTACTS:
                return " ".join(p for p in data.person_name(rng) if p)
        fields = store.changed.get(number)
        if fields is None:
            return None
        if module == ACCOUNTS:
            return fields.get("Account_Name")
        if module == CONTACTS:
            return " ".join(p for p in (fields.get("First_Name"), fields.get("Last_Name")) if p)
        return fields.get("Deal_Name")

    def render(
        self, module: str, number: int, key: int, fields: list[str] | None
    ) -> dict[str, Any]:
        """Return a record as the API shows it: all fields, or the asked ones plus id and `$…`."""
        store = self.store(module)
        if number in store.raw:
            return store.raw[number]
        core = self.core_fields(module, number)
        record: dict[str, Any] = {"id": str(number), "Modified_Time": wire_time(second_of(key))}
        created = core.pop("Created_Time", None) or wire_time(store.created_second(number))
        record["Created_Time"] = created
        for name, value in core.items():
            record[name] = self._wire_value(name, value)
        if fields is None:
            return {**FULL_SYSTEM_KEYS, **_composites(module, record), **record}
        chosen = {name: record.get(name) for name in fields}
        return {**BRIEF_SYSTEM_KEYS, **chosen, "id": record["id"]}

    def _wire_value(self, name: str, value: Any) -> Any:
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        if name in _LOOKUP_TARGET and isinstance(value, dict):
            target = int(value["id"])
            return {"name": self.display_name(_LOOKUP_TARGET[name], target), "id": value["id"]}
        return value


def _generated_ref(module: str, index: int | None) -> dict[str, str] | None:
    return None if index is None else {"id": str(data.ID_BASE[module] + index)}


def _stored(module: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Return wire fields in stored form: a lookup given as an id string becomes {"id": …}."""
    stored = {k: v for k, v in fields.items() if k not in ("id", "Modified_Time")}  # the CRM's own
    for name in _LOOKUPS.get(module, ()):
        if isinstance(stored.get(name), str | int):
            stored[name] = {"id": str(stored[name])}
    if isinstance(stored.get("Amount"), str | int | float):
        stored["Amount"] = Decimal(str(stored["Amount"]))
    return stored


def _readable_second(value: object) -> int | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return int(moment.timestamp()) if moment and moment.tzinfo else None


def _composites(module: str, record: dict[str, Any]) -> dict[str, Any]:
    """Return the read-only composite address fields ("" when empty, as Zoho shows them)."""
    prefixes = {
        ACCOUNTS: (("Billing", "Code"), ("Shipping", "Code")),
        CONTACTS: (("Mailing", "Zip"),),
    }
    composites: dict[str, Any] = {}
    for prefix, code in prefixes.get(module, ()):
        city = " ".join(
            p
            for p in (
                record.get(f"{prefix}_City"),
                record.get(f"{prefix}_State"),
                record.get(f"{prefix}_{code}"),
            )
            if p
        )
        lines = [record.get(f"{prefix}_Street"), city, record.get(f"{prefix}_Country")]
        composites[f"{prefix}_Address"] = "\n".join(p for p in lines if p)
        composites[f"{prefix}_Coordinates"] = ""
    if module == CONTACTS:
        composites["Full_Name"] = " ".join(
            p for p in (record.get("First_Name"), record.get("Last_Name")) if p
        )
    return composites
