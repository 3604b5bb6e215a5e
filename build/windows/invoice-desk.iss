; Inno Setup 6 script: dist\invoice-desk (the PyInstaller bundle) -> dist\InvoiceDesk-VERSION-setup.exe.
; Run build\windows\build-installer.ps1, which builds the bundle, self-tests it and passes the
; version from pyproject.toml:  iscc /DAppVersion=0.1.0 build\windows\invoice-desk.iss
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build-installer.ps1 reads it from pyproject.toml)
#endif

[Setup]
; The AppId ties updates and the uninstaller together: never change it.
AppId={{6F1C2B7E-4C0A-4B1F-9C55-2E8A9D3F7A41}
AppName=Invoice Desk
AppVersion={#AppVersion}
AppVerName=Invoice Desk {#AppVersion}
AppPublisher=Invoice Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Invoice Desk
DefaultGroupName=Invoice Desk
DisableProgramGroupPage=yes
; Per-user install without an administrator; the dialog lets an admin install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=InvoiceDesk-{#AppVersion}-setup
SetupIconFile=resources\icons\invoice-desk.ico
UninstallDisplayIcon={app}\InvoiceDesk.exe
UninstallDisplayName=Invoice Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program files as a whole, so no file of an older version stays behind.
; (The database and logs live in %LOCALAPPDATA%\InvoiceDesk and are never touched.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; InvoiceDesk.exe opens the window (no console); invoice-desk.exe is for the command line.
Source: "dist\invoice-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; invoicedesk:// links from Zoho CRM buttons open Invoice Desk (per user: no administrator needed).
Root: HKCU; Subkey: "Software\Classes\invoicedesk"; ValueType: string; ValueData: "URL:Invoice Desk link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\invoicedesk"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\invoicedesk\shell\open\command"; ValueType: string; ValueData: """{app}\InvoiceDesk.exe"" ""%1"""

[Icons]
Name: "{autoprograms}\Invoice Desk"; Filename: "{app}\InvoiceDesk.exe"
Name: "{autodesktop}\Invoice Desk"; Filename: "{app}\InvoiceDesk.exe"; Tasks: desktopicon

[Run]
; Prove the installed copy works before offering to start it (silent installs skip the offer).
Filename: "{app}\invoice-desk.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\InvoiceDesk.exe"; Description: "{cm:LaunchProgram,Invoice Desk}"; Flags: nowait postinstall skipifsilent
