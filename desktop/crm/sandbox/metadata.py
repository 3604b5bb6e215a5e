"""The sandbox's metadata as Zoho's v8 description shapes it: modules, fields, users and the org."""

from __future__ import annotations

from typing import Any

from desktop.crm.sandbox import data
from desktop.crm.sandbox.data import ACCOUNTS, CONTACTS, DEALS

METADATA_TIME = "2024-01-01T09:00:00+03:00"  # when the sandbox org was set up
_ORG_BASE = 4876876000000000000
_ADMIN_PROFILE = {"name": "Administrator", "id": "4876876000000026011"}
_CEO_ROLE = {"name": "CEO", "id": "4876876000000026005"}
# A module's number and labels: (sequence, singular label, plural label, display field).
_MODULES = {
    ACCOUNTS: (3, "Account", "Accounts", "Account_Name"),
    CONTACTS: (2, "Contact", "Contacts", "Last_Name"),
    DEALS: (4, "Deal", "Deals", "Deal_Name"),
}
_JSON_TYPES = {
    "lookup": "jsonobject",
    "ownerlookup": "jsonobject",
    "currency": "double",
    "integer": "integer",
    "boolean": "boolean",
    "multiselectpicklist": "jsonarray",
}  # fmt: skip  (every other data type is a JSON string)
_PICKLISTS: dict[str, list[str]] = {
    "Account_Type": ["-None-", "Customer", "Prospect", "Reseller", "Vendor"],
    "Industry": ["-None-", "Retail", "Manufacturing", "Distribution", "Services"],
    "Salutation": ["-None-", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."],
    "Stage": [stage for stage, _ in data.STAGES],
    "Type": ["-None-", "New Business", "Existing Business"],
}


def _address(prefix: str, code: str) -> list[tuple[str, str, str]]:
    parts = (("Street", "Street"), ("City", "City"), ("State", "State"), (code, code),
             ("Country", "Country"))  # fmt: skip
    return [(f"{prefix}_{part}", f"{prefix} {label}", "text") for part, label in parts]


_SYSTEM = [
    ("Owner", "Owner", "ownerlookup"), ("Created_By", "Created By", "ownerlookup"),
    ("Modified_By", "Modified By", "ownerlookup"), ("Created_Time", "Created Time", "datetime"),
    ("Modified_Time", "Modified Time", "datetime"),
    ("Last_Activity_Time", "Last Activity Time", "datetime"), ("Tag", "Tag", "text"),
    ("Locked__s", "Locked", "boolean"), ("Record_Image", "Record Image", "profileimage"),
]  # fmt: skip
# (api name, label, data type) of each module's fields, in layout order.
_FIELDS: dict[str, list[tuple[str, str, str]]] = {
    ACCOUNTS: [
        ("Account_Name", "Account Name", "text"),
        ("Phone", "Phone", "phone"),
        ("Fax", "Fax", "phone"),
        ("Website", "Website", "website"),
        ("Account_Type", "Account Type", "picklist"),
        ("Industry", "Industry", "picklist"),
        *_address("Billing", "Code"),
        *_address("Shipping", "Code"),
        ("Description", "Description", "textarea"),
        *_SYSTEM,
    ],
    CONTACTS: [
        ("Salutation", "Salutation", "picklist"),
        ("First_Name", "First Name", "text"),
        ("Last_Name", "Last Name", "text"),
        ("Full_Name", "Contact Name", "text"),
        ("Email", "Email", "email"),
        ("Phone", "Phone", "phone"),
        ("Mobile", "Mobile", "phone"),
        ("Title", "Title", "text"),
        ("Account_Name", "Account Name", "lookup"),
        *_address("Mailing", "Zip"),
        *_SYSTEM,
    ],
    DEALS: [
        ("Deal_Name", "Deal Name", "text"),
        ("Amount", "Amount", "currency"),
        ("Stage", "Stage", "picklist"),
        ("Probability", "Probability (%)", "integer"),
        ("Closing_Date", "Closing Date", "date"),
        ("Type", "Type", "picklist"),
        ("Account_Name", "Account Name", "lookup"),
        ("Contact_Name", "Contact Name", "lookup"),
        *_SYSTEM,
    ],
}
_MANDATORY = {"Account_Name": ACCOUNTS, "Last_Name": CONTACTS, "Deal_Name": DEALS}
_LOOKUP_TARGET = {"Account_Name": ACCOUNTS, "Contact_Name": CONTACTS}
_EMAIL_PARSER = {"fields_update_supported": False, "record_operations_supported": False}
_OPERATIONS = {"web_update": True, "api_create": True, "web_create": True, "api_update": True}
FIELD_TYPES = ("all", "used", "unused")
USER_TYPES = (
    "AllUsers", "ActiveUsers", "DeactiveUsers", "ConfirmedUsers", "NotConfirmedUsers",
    "DeletedUsers", "ActiveConfirmedUsers", "AdminUsers", "ActiveConfirmedAdmins", "CurrentUser",
)  # fmt: skip
MODULE_STATUSES = ("visible", "user_hidden", "system_hidden", "scheduled_for_deletion")


def module_id(module: str) -> str:
    """Return a module's id."""
    return str(_ORG_BASE + 2_175 + _MODULES[module][0])


def modules() -> list[dict[str, Any]]:
    """Return /settings/modules' entries for the sandbox's modules, by sequence number."""
    return [module_entry(m) for m in sorted(_MODULES, key=lambda m: _MODULES[m][0])]


def module_entry(module: str) -> dict[str, Any]:
    """Return one module's entry (the keys Zoho's v8 description requires)."""
    sequence, singular, plural, display_field = _MODULES[module]
    flags = ("creatable", "editable", "deletable", "viewable", "api_supported", "show_as_tab",
             "visible", "global_search_supported", "quick_create", "filter_supported",
             "kanban_view_supported", "chart_view_supported", "triggers_supported",
             "recycle_bin_on_delete", "webform_supported", "scoring_supported",
             "email_parser_supported", "isBlueprintSupported", "emailTemplate_support",
             "track_current_data", "feeds_required")  # fmt: skip
    entry: dict[str, Any] = dict.fromkeys(flags, True)
    entry.update({
        "id": module_id(module), "api_name": module, "module_name": module,
        "singular_label": singular, "plural_label": plural, "sequence_number": sequence,
        "generated_type": "default", "visibility": 1, "status": "visible",
        "convertable": False, "inventory_template_supported": False, "presence_sub_menu": True,
        "kanban_view": False, "chart_view": False, "common.search_supported": True,
        "description": None, "web_link": None, "arguments": [], "parent_module": {},
        "modified_time": None, "modified_by": None, "profile_count": 1,
        "profiles": [_ADMIN_PROFILE], "business_card_field_limit": 5,
        "business_card_fields": [], "per_page": 200, "activity_badge": "Not_Supported",
        "$field_states": [], "$properties": [], "$on_demand_properties": [],
        "search_layout_fields": [display_field], "lookup_field_properties": {},
        "related_lists": [], "filter_status": True, "related_list_properties": {},
        "display_field": display_field, "layouts": [], "fields": [], "custom_view": None,
        "zia_view": False, "default_mapping_fields": [], "layout_associations": [],
    })  # fmt: skip
    return entry


def fields(module: str) -> list[dict[str, Any]]:
    """Return /settings/fields' entries for a module."""
    return [_field(module, n, *spec) for n, spec in enumerate(_FIELDS[module], start=1)]


def _field(module: str, number: int, api_name: str, label: str, data_type: str) -> dict[str, Any]:
    system = api_name in {name for name, _, _ in _SYSTEM}
    target = _LOOKUP_TARGET.get(api_name) if data_type == "lookup" else None
    picklist = _PICKLISTS.get(api_name) if data_type == "picklist" else None
    read_only = api_name in ("Full_Name", "Created_Time", "Modified_Time", "Created_By",
                             "Modified_By", "Last_Activity_Time")  # fmt: skip
    off = ("blueprint_supported", "virtual_field", "custom_field", "businesscard_supported",
           "pick_list_values_sorted_lexically", "separator", "enable_colour_code",
           "colour_code_enabled_by_system", "hipaa_compliance_enabled", "static_field",
           "_update_existing_records", "display_field", "number_separator")  # fmt: skip
    absent = ("unique", "crypt", "history_tracking", "textarea", "rollup_summary", "external",
              "private", "multi_module_lookup", "common.picklist", "tooltip", "formula",
              "subform", "multiselectlookup", "multiuserlookup", "associated_module",
              "sharing_properties", "hipaa_compliance", "refer_from_field", "sub_module",
              "convert_mapping", "autonumber", "auto_number", "association_details",
              "default_value", "created_time", "modified_time")  # fmt: skip
    entry: dict[str, Any] = {**dict.fromkeys(off, False), **dict.fromkeys(absent)}
    entry.update({
        "id": str(int(module_id(module)) * 1_000 + number), "api_name": api_name,
        "field_label": label, "display_label": label, "column_name": api_name.upper(),
        "data_type": data_type, "json_type": _JSON_TYPES.get(data_type, "string"),
        "system_mandatory": _MANDATORY.get(api_name) == module or api_name == "Stage",
        "read_only": read_only, "field_read_only": read_only, "visible": True,
        "filterable": True, "sortable": data_type not in ("textarea", "profileimage"),
        "searchable": data_type in ("text", "email", "phone"), "mass_update": not system,
        "available_in_user_layout": True, "display_type": -1, "ui_type": 1, "type": "used",
        "show_type": 1, "category": 0, "created_source": "default", "sequence_number": number,
        "quick_sequence_number": str(number), "length": 120 if data_type != "textarea" else 32000,
        "decimal_place": 2 if data_type == "currency" else None,
        "currency": {"rounding_option": "normal", "precision": 2} if data_type == "currency" else None,
        "lookup": _lookup(target) if target else None, "pick_list_values": _picklist(picklist),
        "allowed_modules": [], "email_parser": _EMAIL_PARSER, "operation_type": _OPERATIONS,
        "webhook": True, "customizable_properties": [], "layout_associations": [],
        "profiles": [{"permission_type": "read_write", **_ADMIN_PROFILE}],
        "view_type": {"view": True, "edit": not read_only, "quick_create": False,
                      "create": not read_only},
        "file_upolad_optionlist": [],  # sic: Zoho's key
    })  # fmt: skip
    return entry


def _lookup(target: str) -> dict[str, Any]:
    return {"display_label": _MODULES[target][1], "api_name": _MODULES[target][3],
            "module": {"api_name": target, "id": module_id(target)},
            "id": str(int(module_id(target)) * 1_000 + 1), "query_details": {}}  # fmt: skip


def _picklist(values: list[str] | None) -> list[dict[str, Any]]:
    return [{"display_value": v, "actual_value": v, "sequence_number": n, "type": "used",
             "id": str(_ORG_BASE + 90_000 + n), "colour_code": None}
            for n, v in enumerate(values or [], start=1)]  # fmt: skip


def user(user_id: str, email: str, name: str, **changes: Any) -> dict[str, Any]:
    """Return a /users entry."""
    first, _, last = name.rpartition(" ")
    entry: dict[str, Any] = {
        "id": user_id, "email": email, "full_name": name, "first_name": first or None,
        "last_name": last, "status": "active", "confirm": True, "locale": "en_US",
        "language": "en_US", "country_locale": "en_US", "time_zone": "Europe/Istanbul",
        "offset": 10_800_000, "role": _CEO_ROLE, "profile": _ADMIN_PROFILE, "zuid": user_id[-8:],
        "alias": None, "phone": None, "mobile": None, "fax": None, "website": None, "dob": None,
        "street": None, "city": None, "state": None, "zip": None, "country": None,
        "signature": None, "date_format": "MMM d, yyyy", "time_format": "HH:mm",
        "decimal_separator": "Period", "number_separator": "Comma", "name_format__s":
        "Salutation,First Name,Last Name", "sort_order_preference__s": "First Name,Last Name",
        "status_reason__s": None, "category": "regular_user", "default_tab_group": "0",
        "personal_account": False, "sandboxDeveloper": False, "microsoft": False,
        "Isonline": False, "Currency": None, "Reporting_To": None,
        "created_time": METADATA_TIME, "Modified_Time": METADATA_TIME,
        "created_by": {"name": name, "id": user_id}, "Modified_By": {"name": name, "id": user_id},
        "customize_info": {"notes_desc": None, "show_right_panel": None, "bc_view": None,
                           "unpin_recent_item": None, "show_home": False,
                           "show_detail_view": True},
        "theme": {"normal_tab": {"font_color": "#FFFFFF", "background": "#222222"},
                  "selected_tab": {"font_color": "#FFFFFF", "background": "#222222"},
                  "new_background": None, "background": "#F3F0EB", "screen": "fixed",
                  "type": "default"},
        "$shift_effective_from": None, "$current_shift": None, "$next_shift": None,
    }  # fmt: skip
    entry.update(changes)
    return entry


def user_matches(entry: dict[str, Any], kind: str, current_id: str) -> bool:
    """Return whether a user belongs to a /users?type= list."""
    active, confirmed = entry["status"] == "active", bool(entry["confirm"])
    admin = entry["profile"]["name"] == _ADMIN_PROFILE["name"]
    matches: dict[str, bool] = {
        "AllUsers": entry["status"] != "deleted", "ActiveUsers": active,
        "DeactiveUsers": entry["status"] == "disabled", "ConfirmedUsers": confirmed,
        "NotConfirmedUsers": not confirmed, "DeletedUsers": entry["status"] == "deleted",
        "ActiveConfirmedUsers": active and confirmed, "AdminUsers": admin,
        "ActiveConfirmedAdmins": active and confirmed and admin,
        "CurrentUser": entry["id"] == current_id,
    }  # fmt: skip
    return matches[kind]


def org(org_id: str, name: str, email: str, currency: str, user_id: str) -> dict[str, Any]:
    """Return the /org entry with every key of Zoho's v8 description."""
    return {
        "id": org_id, "company_name": name, "alias": None, "primary_email": email,
        "primary_zuid": user_id[-8:], "zgid": org_id, "ezgid": f"sandbox-{org_id}",
        "zia_zgid": 0, "zia_portal_id": None, "domain_name": f"org{org_id}",
        "iso_code": currency, "currency": currency,
        "currency_symbol": "$" if currency == "USD" else currency,
        "currency_locale": "en_US", "country": "United States", "country_code": "US",
        "time_zone": "Europe/Istanbul", "street": None, "city": None, "state": None,
        "zip": None, "phone": None, "mobile": None, "fax": None, "website": None,
        "description": None, "employee_count": "10", "photo_id": None, "mc_status": False,
        "gapps_enabled": False, "translation_enabled": False, "privacy_settings": False,
        "hipaa_compliance_enabled": False, "lite_users_enabled": False,
        "deletable_org_account": False, "oauth_presence": True, "call_icon": "",
        "max_per_page": 200, "type": "Production", "created_time": METADATA_TIME,
        "license_details": {"paid_expiry": None, "users_license_purchased": 10,
                            "trial_type": None, "trial_expiry": None, "paid": True,
                            "paid_type": "enterprise", "trial_action": None},
        "hierarchy_preferences": {"type": "Role_Hierarchy", "strictly_reporting": False},
        "checkin_preferences": {"restricted_event_types": None},
    }  # fmt: skip
