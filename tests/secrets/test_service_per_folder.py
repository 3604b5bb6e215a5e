"""One keyring service per data folder: two installations never overwrite each other's keys,
and a key saved under the old shared service keeps working (it moves to its folder's service)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.secrets.store import SERVICE, KeyringSecretStore, no_keyring_message, service_for
from tests.secrets.keyrings import DictKeyring


def test_two_data_folders_keep_their_own_keys(tmp_path: Path, backend: DictKeyring) -> None:
    shop = KeyringSecretStore.for_data_dir(tmp_path / "shop")
    club = KeyringSecretStore.for_data_dir(tmp_path / "club")
    shop.set("crm.refresh_token", "1000.shop.token")
    club.set("crm.refresh_token", "1000.club.token")
    assert shop.get("crm.refresh_token") == "1000.shop.token"
    assert club.get("crm.refresh_token") == "1000.club.token"
    assert service_for(tmp_path / "shop") != service_for(tmp_path / "club")
    club.delete("crm.refresh_token")
    assert shop.get("crm.refresh_token") == "1000.shop.token"
    # the same folder, however it is spelled, is the same installation
    again = KeyringSecretStore.for_data_dir(tmp_path / "club" / ".." / "shop")
    assert again.get("crm.refresh_token") == "1000.shop.token"


def test_a_key_under_the_old_shared_service_moves_to_its_folder(
    tmp_path: Path, backend: DictKeyring
) -> None:
    backend.set_password(SERVICE, "crm.refresh_token", "1000.old.token")
    store = KeyringSecretStore.for_data_dir(tmp_path / "data")
    assert store.get("crm.refresh_token") == "1000.old.token"
    assert backend.values == {
        (service_for(tmp_path / "data"), "crm.refresh_token"): "1000.old.token"
    }
    other = KeyringSecretStore.for_data_dir(tmp_path / "other")
    assert other.get("crm.refresh_token") is None  # moved, not shared


def test_forgetting_a_key_forgets_the_old_copy_too(tmp_path: Path, backend: DictKeyring) -> None:
    backend.set_password(SERVICE, "crm.client_secret", "s3cr3t")
    KeyringSecretStore.for_data_dir(tmp_path).delete("crm.client_secret")
    assert backend.values == {}


@pytest.mark.parametrize(
    ("platform", "desktop", "words"),
    [
        ("linux", "GNOME", "gnome-keyring seahorse"),
        ("linux", "KDE", "KWallet"),
        ("darwin", "", "Keychain Access"),
        ("win32", "", "Credential Manager"),
    ],
)
def test_the_advice_fits_the_system(platform: str, desktop: str, words: str) -> None:
    message = no_keyring_message(platform, {"XDG_CURRENT_DESKTOP": desktop})
    assert words in message
    assert message.startswith("No system keyring")
