"""A sandbox Zoho CRM: token endpoint, v2/v8 API, seeded data, faults and a control API."""

from desktop.crm.sandbox.faults import FAULT_KINDS
from desktop.crm.sandbox.remote import SandboxRemote
from desktop.crm.sandbox.sandbox import SandboxCrm

__all__ = ["FAULT_KINDS", "SandboxCrm", "SandboxRemote"]
