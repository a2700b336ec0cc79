# Builds the Windows installer (.msi) on Windows with a JDK 17+ and the WiX Toolset 3 on PATH.
# Run from the repository root after `mvn package`:  powershell -File packaging\windows\build.ps1 0.1.0
# Mirrors packaging/linux/build.sh: JavaFX on the module path, a jlinked runtime, the app's icon and menu entry.
param([Parameter(Mandatory = $true)][string]$Version)
$ErrorActionPreference = "Stop"
$Name = "adf-console"
$Input = "target\jpackage\input"
Remove-Item -Recurse -Force target\jpackage, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Input\lib", "$Input\javafx", "target\dist" | Out-Null
Copy-Item "target\app\$Name.jar" $Input
Get-ChildItem target\app\lib\*.jar | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName "$Input\javafx" }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName "$Input\lib" }
}
$Modules = "java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.unsupported,jdk.zipfs"
jpackage --type msi --name $Name --app-version $Version.Replace("-SNAPSHOT", "") --vendor "ADF Console" `
  --input $Input --main-jar "$Name.jar" --main-class dev.adfconsole.app.Launcher `
  --add-modules $Modules --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2" `
  --java-options "-Xmx1g" --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:CICompilerCount=1" --java-options "--module-path `$APPDIR\javafx" --java-options "--add-modules javafx.controls,javafx.fxml" `
  --icon packaging\icons\$Name.ico --license-file packaging\LICENSE `
  --win-menu --win-menu-group "ADF Console" --win-shortcut --win-dir-chooser --win-upgrade-uuid 6c1f7a52-5f0e-4b8e-9d7b-0a2f3b8d6e41 `
  --dest target\dist
