"""Every *Record, imported here so the metadata is complete for migrations."""

from desktop.persistence.records.base import Base
from desktop.persistence.records.customers import (
    ContactPersonRecord,
    CrmLinkRecord,
    CustomerRecord,
)
from desktop.persistence.records.documents import (
    DocumentEventRecord,
    DocumentRecord,
    LineItemRecord,
    LineItemTaxRecord,
    NumberSeriesRecord,
    PaymentRecord,
    TaxRateRecord,
)
from desktop.persistence.records.outbox import OutboxMessageRecord
from desktop.persistence.records.potentials import PotentialRecord
from desktop.persistence.records.settings import AppSettingRecord, OrganizationRecord
from desktop.persistence.records.sync import (
    SyncCursorRecord,
    SyncLockRecord,
    SyncRunRecord,
    SyncSkipRecord,
)

__all__ = [
    "AppSettingRecord",
    "Base",
    "ContactPersonRecord",
    "CrmLinkRecord",
    "CustomerRecord",
    "DocumentEventRecord",
    "DocumentRecord",
    "LineItemRecord",
    "LineItemTaxRecord",
    "NumberSeriesRecord",
    "OrganizationRecord",
    "OutboxMessageRecord",
    "PaymentRecord",
    "PotentialRecord",
    "SyncCursorRecord",
    "SyncLockRecord",
    "SyncRunRecord",
    "SyncSkipRecord",
    "TaxRateRecord",
]
