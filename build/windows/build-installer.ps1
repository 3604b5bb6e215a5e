# Build the Windows installer: the PyInstaller bundle, its self-test, then Inno Setup.
# Needs Python 3.11+ (py launcher) and Inno Setup 6 (iscc.exe on PATH or in its default folder).
#   powershell -ExecutionPolicy Bypass -File build\windows\build-installer.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = & py -3 -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Write-Host "Invoice Desk $version"

if (-not (Test-Path .venv)) { & py -3 -m venv .venv }
& .venv\Scripts\python -m pip install --upgrade pip
& .venv\Scripts\python -m pip install -e ".[bundle]"
& .venv\Scripts\pyinstaller --noconfirm --log-level WARN --workpath build\work --distpath dist pyinstaller.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& dist\invoice-desk\invoice-desk.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen self-test failed" }
Remove-Item Env:QT_QPA_PLATFORM

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" build\windows\invoice-desk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\InvoiceDesk-$version-setup.exe"
