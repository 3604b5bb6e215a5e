"""Connect to (and disconnect from) one Zoho CRM organization; build the client for a sync."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

# What a connection asks for lives apart, so the command line can offer it without the network.
from desktop.controllers.connect_request import DATA_CENTRES as DATA_CENTRES
from desktop.controllers.connect_request import ConnectRequest as ConnectRequest
from desktop.crm.auth import authorize
from desktop.crm.client import CrmClient
from desktop.crm.endpoints import CrmEndpoints, endpoints_for
from desktop.domain.crm_records import CrmOrganization
from desktop.domain.errors import ConflictError, UserFacingError
from desktop.domain.organization import CrmLink
from desktop.domain.settings import (
    IMPORT_ACCOUNTS_URL,
    IMPORT_API_URL,
    IMPORT_CLIENT_ID,
    IMPORT_DATA_CENTRE,
    IMPORT_EMAIL,
)
from desktop.persistence import settings_store
from desktop.persistence.database import Database
from desktop.persistence.settings_store import get_setting, set_setting
from desktop.persistence.sync.unlink import forget_crm_links
from desktop.secrets.store import SecretStore, prove_storable

REFRESH_TOKEN = "crm.refresh_token"  # noqa: S105 - a key name, not a secret
CLIENT_SECRET = "crm.client_secret"  # noqa: S105 - a key name, not a secret


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """The linked CRM organization, as the front ends show it."""

    org_id: str
    org_name: str
    currency_code: str | None
    user_email: str
    data_centre: str | None
    auto_update: bool
    connected_at: datetime


ClientFactory = Callable[[CrmEndpoints, str, str, str], CrmClient]


def _default_client(
    endpoints: CrmEndpoints, client_id: str, secret: str, refresh: str
) -> CrmClient:
    return CrmClient(endpoints, client_id, secret, refresh)


class ConnectionController:
    """Links the installation to one CRM organization; secrets go to the keyring only."""

    def __init__(
        self,
        database: Database,
        secrets: SecretStore,
        client_factory: ClientFactory = _default_client,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._database = database
        self._secrets = secrets
        self._client_factory = client_factory
        self._clock = clock

    def connect(self, request: ConnectRequest) -> ConnectionInfo:
        """Validate the key, check whose it is and which organization; then link and keep it.

        Nothing is sent to the CRM before the keyring has proved it can keep a secret: a grant
        code works once, and spending it without a place to keep the tokens would burn it."""
        request = request.validated()
        endpoints = endpoints_for(request.data_centre, request.accounts_url, request.api_url)
        self._remember(request)
        prove_storable(self._secrets)
        grant = authorize(endpoints, request.client_id, request.client_secret, request.key)
        refresh_token = grant.refresh_token or request.key
        client = self._client_factory(
            endpoints, request.client_id, request.client_secret, refresh_token
        )
        try:
            user = client.current_user()
            if user.email.casefold() != request.email.casefold():
                raise ConflictError(f"This key belongs to {user.email}, not {request.email}.")
            organization = client.organization()
        finally:
            client.close()
        self._check_one_organization(organization)
        self._secrets.set(CLIENT_SECRET, request.client_secret)
        self._secrets.set(REFRESH_TOKEN, refresh_token)
        return self._link(request, organization)

    def remembered(self) -> ConnectRequest:
        """Return the non-secret fields last given to connect (key and client secret empty)."""
        with self._database.read_session() as session:
            data_centre = get_setting(session, IMPORT_DATA_CENTRE)
            return ConnectRequest(
                email=get_setting(session, IMPORT_EMAIL),
                key="",
                client_id=get_setting(session, IMPORT_CLIENT_ID),
                client_secret="",
                data_centre=data_centre if data_centre in DATA_CENTRES else "us",
                accounts_url=get_setting(session, IMPORT_ACCOUNTS_URL) or None,
                api_url=get_setting(session, IMPORT_API_URL) or None,
            )

    def _remember(self, request: ConnectRequest) -> None:
        with self._database.session() as session:
            set_setting(session, IMPORT_EMAIL, request.email)
            set_setting(session, IMPORT_CLIENT_ID, request.client_id)
            set_setting(session, IMPORT_DATA_CENTRE, request.data_centre)
            set_setting(session, IMPORT_ACCOUNTS_URL, request.accounts_url or "")
            set_setting(session, IMPORT_API_URL, request.api_url or "")

    def _check_one_organization(self, organization: CrmOrganization) -> None:
        with self._database.read_session() as session:
            linked = settings_store.crm_link(session)
        if linked is not None and linked.org_id != organization.id:
            raise ConflictError(
                f"Invoice Desk is linked to the Zoho CRM organization “{linked.org_name}”; "
                f"disconnect it first to connect “{organization.name}”."
            )

    def _link(self, request: ConnectRequest, organization: CrmOrganization) -> ConnectionInfo:
        link = CrmLink(
            org_id=organization.id,
            org_name=organization.name,
            user_email=request.email,
            data_centre=request.data_centre,
            accounts_url=request.accounts_url,
            api_url=request.api_url,
            client_id=request.client_id,
            connected_at=self._clock(),
            auto_update=request.auto_update,
            currency_code=organization.currency_code or "",
        )
        with self._database.session() as session:
            previous = settings_store.last_linked_org(session)
            if previous is not None and previous.org_id != organization.id:
                forget_crm_links(session)  # another organization's ids mean nothing here
            settings_store.link_crm(session, link)
        return _info(link, organization.currency_code)

    def disconnect(self) -> None:
        """Unlink the organization and forget its secrets; imported customers stay."""
        with self._database.session() as session:
            settings_store.unlink_crm(session)
        self._secrets.delete(REFRESH_TOKEN)
        self._secrets.delete(CLIENT_SECRET)

    def current(self) -> ConnectionInfo | None:
        """Return the linked organization, or None when not connected."""
        with self._database.read_session() as session:
            link = settings_store.crm_link(session)
        return _info(link, link.currency_code) if link is not None else None

    def open_client(self) -> CrmClient:
        """Return a client for the linked organization; raise UserFacingError when not connected."""
        with self._database.read_session() as session:
            link = settings_store.crm_link(session)
        if link is None or not link.client_id:
            raise UserFacingError(
                "Invoice Desk is not connected to Zoho CRM yet: use “Import from Zoho CRM” "
                "(or `invoice-desk connect`) first."
            )
        endpoints = endpoints_for(link.data_centre, link.accounts_url, link.api_url)
        client_id = link.client_id
        refresh_token = self._secrets.get(REFRESH_TOKEN)
        client_secret = self._secrets.get(CLIENT_SECRET)
        if not refresh_token or not client_secret:
            raise UserFacingError(
                "The Zoho CRM key is missing from the system keyring; connect again with your key."
            )
        return self._client_factory(endpoints, client_id, client_secret, refresh_token)


def _info(link: CrmLink, currency_code: str | None) -> ConnectionInfo:
    assert link.connected_at is not None
    return ConnectionInfo(
        link.org_id, link.org_name, currency_code, link.user_email, link.data_centre,
        link.auto_update, link.connected_at,
    )  # fmt: skip
