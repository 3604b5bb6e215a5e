"""Start the bundled sandbox CRM the way `invoice-desk sandbox` does — in its own process — and
read what it prints (the URLs, the API client and a grant code) to fill the import dialog."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, Signal

# The lines `invoice-desk sandbox` prints, by the label it gives each value.
_LINE = re.compile(
    r"^\s+(Accounts URL|API URL|Client ID|Client secret|Grant code|User email):\s+(\S+)"
)
_FIELDS = {
    "Accounts URL": "accounts_url",
    "API URL": "api_url",
    "Client ID": "client_id",
    "Client secret": "client_secret",
    "Grant code": "grant_code",
    "User email": "email",
}


@dataclass(frozen=True, slots=True)
class SandboxAccess:
    """What the import dialog needs to connect to the running sandbox."""

    accounts_url: str
    api_url: str
    client_id: str
    client_secret: str
    grant_code: str
    email: str


def parse_details(text: str) -> SandboxAccess | None:
    """Return the access details once every line of them was printed, else None."""
    found = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            found[_FIELDS[match.group(1)]] = match.group(2)
    return SandboxAccess(**found) if len(found) == len(_FIELDS) else None


def sandbox_command() -> tuple[str, list[str]]:
    """Return the program and arguments of `invoice-desk sandbox` on any free port."""
    arguments = ["sandbox", "--port", "0"]
    if getattr(sys, "frozen", False):  # the bundle's executable is the command line too
        return sys.executable, arguments
    return sys.executable, ["-m", "desktop", *arguments]


class SandboxProcess(QObject):
    """The sandbox CRM process; stopped with the app.

    Signals (GUI thread):
      ready(object) — the SandboxAccess to import from
      failed(str) — a sentence: why the sandbox could not start
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._on_process_output)
        self.process.errorOccurred.connect(self._on_process_error)
        self.process.finished.connect(self._on_process_finished)
        self._output = ""
        self.access: SandboxAccess | None = None

    def start(self) -> None:
        """Start the sandbox (once; a second call after it is ready reports it again)."""
        if self.access is not None:
            self.ready.emit(self.access)
            return
        if self.process.state() != QProcess.ProcessState.NotRunning:
            return
        program, arguments = sandbox_command()
        self._output = ""
        self.process.start(program, arguments)

    def stop(self) -> None:
        """Stop the sandbox process and wait for it briefly."""
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.terminate()
            if not self.process.waitForFinished(3000):
                self.process.kill()
                self.process.waitForFinished(1000)

    def _on_process_output(self) -> None:
        self._output += bytes(self.process.readAllStandardOutput().data()).decode(errors="replace")
        if self.access is None:
            self.access = parse_details(self._output)
            if self.access is not None:
                self.ready.emit(self.access)

    def _on_process_error(self, _error: QProcess.ProcessError) -> None:
        if self.access is None:
            self.failed.emit(
                self.tr("The sandbox could not start: {reason}").format(
                    reason=self.process.errorString()
                )
            )

    def _on_process_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        if self.access is None:
            last = self._output.strip().splitlines()[-1:] or [self.tr("it stopped at once")]
            self.failed.emit(
                self.tr("The sandbox could not start: {reason}").format(reason=last[0])
            )
        self.access = None
