; Inno Setup 6 script for FlatApp on Windows: a per-user install, no administrator rights needed.
;
; First build the bundle on Windows (installer/build.sh, or
; `.venv\Scripts\python -m PyInstaller --noconfirm installer\flatapp.spec`), then:
;
;   ISCC /DAppVersion=0.1.0 installer\flatapp.iss
;
; AppVersion must be the version in pyproject.toml. DistDir (default ..\dist, relative to this
; file) is the folder that holds the bundle FlatApp\. The setup lands in ..\dist\installer\.
; Uninstalling removes the program only: the user's databases and backups in
; %LOCALAPPDATA%\FlatApp stay where they are.

#ifndef AppVersion
  #error Pass the version, e.g. ISCC /DAppVersion=0.1.0 installer\flatapp.iss
#endif
#ifndef DistDir
  #define DistDir "..\dist"
#endif
#define AppName "FlatApp"
#define AppExe "FlatApp.exe"

[Setup]
; The AppId identifies FlatApp for upgrades and uninstall: never change it.
AppId={{5FD07226-4C0F-4CAD-80D6-79418C591546}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FlatApp
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#DistDir}\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
