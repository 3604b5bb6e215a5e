"""The outbox: a server down keeps messages queued, they go out once; scheduled reminders once per step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.controllers.bootstrap import open_services
from desktop.controllers.mail import MailController
from desktop.controllers.services import Services
from desktop.domain.mail import MailRequest, MailTemplates, OutboxState, Purpose
from desktop.secrets.store import MemorySecretStore
from tests.mail.conftest import seed_invoice, use_server
from tests.mail.smtp_server import Recorder, free_port, running_smtp


def test_a_server_down_queues_and_a_server_up_delivers_exactly_once(
    services: Services, tmp_path: Path
) -> None:
    port = free_port()
    with running_smtp(str(tmp_path), port=port) as server:
        use_server(services, server)
    number = seed_invoice(services)

    queued = services.mail.send_document(number, MailRequest())
    assert queued.state is OutboxState.QUEUED
    assert queued.error is not None
    assert f"127.0.0.1:{port} cannot be reached: the connection was refused" in queued.error
    assert services.mail.send_pending().summary() == "0 sent, 0 failed, 1 waiting"

    with running_smtp(str(tmp_path), port=port) as server:
        first = services.mail.send_pending()
        second = services.mail.send_pending()
        assert [e.message_id for e in first.sent] == [queued.message_id]
        assert second.summary() == "0 sent, 0 failed, 0 waiting"
        assert server.recorder.message_ids() == [queued.message_id]
    [entry] = services.mail.outbox()
    assert entry.state is OutboxState.SENT
    assert entry.error is None
    assert entry.attempts == 3


def test_a_failed_message_is_retried_only_by_hand_with_the_same_message_id(
    services: Services, tmp_path: Path
) -> None:
    with running_smtp(str(tmp_path)) as server:
        use_server(services, server)
        server.recorder.refuse = ("ana@",)
        failed = services.mail.send_document(seed_invoice(services), MailRequest())
        assert failed.state is OutboxState.FAILED
        assert services.mail.send_pending().summary() == "0 sent, 0 failed, 0 waiting"
        server.recorder.refuse = ()
        retried = services.mail.retry(failed.id)
        assert retried.state is OutboxState.SENT
        assert server.recorder.message_ids() == [failed.message_id]


def test_scheduled_reminders_go_once_per_step(services: Services, tmp_path: Path) -> None:
    with running_smtp(str(tmp_path)) as server:
        use_server(services, server)
        config = services.mail.config()
        services.mail.save(config.server, reminder_days=[7, 21])
        number = seed_invoice(services, due_date=dt.date(2026, 11, 10))
        services.documents.set_status(number, "sent")

        def on(day: dt.date) -> MailController:
            moment = dt.datetime.combine(day, dt.time(9), dt.UTC)
            return MailController(services.database, services.secrets, lambda: moment)

        assert on(dt.date(2026, 11, 16)).send_pending().sent == ()  # 6 days: not yet
        assert len(on(dt.date(2026, 11, 17)).send_pending().sent) == 1  # step 7
        assert on(dt.date(2026, 11, 20)).send_pending().sent == ()  # step 7 never twice
        assert len(on(dt.date(2026, 12, 1)).send_pending().sent) == 1  # step 21
        assert on(dt.date(2026, 12, 30)).send_pending().sent == ()
        reminders = [e for e in services.mail.outbox() if e.purpose is Purpose.REMINDER]
        assert len(reminders) == 2
        assert [r.parsed()["Subject"] for r in server.recorder.received] == [
            f"Reminder: {number} is overdue"
        ] * 2


def test_a_reminder_by_hand_uses_the_reminder_template(services: Services, tmp_path: Path) -> None:
    number = seed_invoice(services)
    with running_smtp(str(tmp_path)) as server:
        use_server(services, server)
        config = services.mail.config()
        services.mail.save(
            config.server,
            templates=MailTemplates(
                "{number}", "{total}", "Still open: {balance} on {number}", "Due {due_date}"
            ),
        )
        services.documents.set_status(number, "sent")
        entry = services.mail.send_document(
            number, MailRequest(to=("ana@customer.test",), purpose=Purpose.REMINDER)
        )
        assert entry.state is OutboxState.SENT
        message = server.recorder.received[0].parsed()
    assert message["Subject"] == f"Still open: $100.00 on {number}"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "Due January 1, 2099"


def test_a_lost_reply_is_never_resent_on_its_own(services: Services, tmp_path: Path) -> None:
    with running_smtp(str(tmp_path), recorder=Recorder(drop_after_data=True)) as server:
        use_server(services, server)
        entry = services.mail.send_document(seed_invoice(services), MailRequest())
        assert entry.state is OutboxState.FAILED
        assert entry.error is not None
        assert "broke while the message was being handed over" in entry.error
        server.recorder.drop_after_data = False
        assert services.mail.send_pending().summary() == "0 sent, 0 failed, 0 waiting"
        assert server.recorder.message_ids() == [entry.message_id]


@pytest.mark.postgres
def test_the_outbox_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    services = open_services(postgres_url, MemorySecretStore())
    try:
        port = free_port()
        with running_smtp(str(tmp_path), port=port) as server:
            use_server(services, server)
        queued = services.mail.send_document(seed_invoice(services), MailRequest())
        assert queued.state is OutboxState.QUEUED
        with running_smtp(str(tmp_path), port=port) as server:
            assert services.mail.send_pending().summary() == "1 sent, 0 failed, 0 waiting"
            assert services.mail.send_pending().summary() == "0 sent, 0 failed, 0 waiting"
        [received] = server.recorder.received
        [attachment] = list(received.parsed().iter_attachments())
        assert attachment.get_content() == services.documents.render_pdf("INV-000001")
    finally:
        services.close()
