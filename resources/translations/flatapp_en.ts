<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../flatapp/gui/groups/models.py" line="+23"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klaar op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{status} — te laat</source>
        <translation>{status} — overdue</translation>
    </message>
</context>
<context>
    <name>AddressChangeModel</name>
    <message>
        <location filename="../../flatapp/gui/import_models.py" line="+110"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
</context>
<context>
    <name>ConfirmImportDialog</name>
    <message>
        <location filename="../../flatapp/gui/import_confirm.py" line="+56"/>
        <source>Terug, niets importeren</source>
        <translation>Back, import nothing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Veel adressen wijzigen?</source>
        <translation>Change many addresses?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand &apos;{file}&apos; wijzigt het adres van {n} van de {total} woningen in de flat &apos;{name}&apos; tegelijk. Zoveel wijzigingen komen meestal door een verkeerd bestand of een verkeerde tekenset (bijvoorbeeld &apos;DÃ³umastraat&apos; in plaats van &apos;Dóumastraat&apos;). Kijk de lijst na: links het adres nu, rechts wat het wordt. Er is nog niets veranderd.</source>
        <translation>The file &apos;{file}&apos; changes the address of {n} of the {total} homes in the block &apos;{name}&apos; at once. That many changes usually come from a wrong file or a wrong character set (for example &apos;DÃ³umastraat&apos; instead of &apos;Dóumastraat&apos;). Check the list: on the left the address now, on the right what it becomes. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze {n} wijzigingen doorvoeren</source>
        <translation>Make these {n} changes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zeer groot bestand importeren?</source>
        <translation>Import a very large file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand &apos;{file}&apos; bevat {n} woningen voor de flat &apos;{name}&apos;. Een flat heeft er hoogstens enkele duizenden; is dit wel de adreslijst van de flat? Importeren vult de database en duurt lang. Er is nog niets veranderd.</source>
        <translation>The file &apos;{file}&apos; holds {n} homes for the block &apos;{name}&apos;. A block has a few thousand at most; is this really the block&apos;s address list? Importing fills the database and takes long. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toch alle {n} woningen importeren</source>
        <translation>Import all {n} homes anyway</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../flatapp/gui/conflict_dialog.py" line="+55"/>
        <source>Iemand anders heeft dit intussen opgeslagen</source>
        <translation>Someone else saved this meanwhile</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../flatapp/gui/conflicts.py" line="+83"/>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is intussen opgeslagen door {who} op {when} (versie {current}); u werkte met versie {seen}.</source>
        <translation>{what} was saved meanwhile by {who} on {when} (version {current}); you were working on version {seen}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is intussen opgeslagen door {who} (versie {current}); u werkte met versie {seen}.</source>
        <translation>{what} was saved meanwhile by {who} (version {current}); you were working on version {seen}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U wilde het verwijderen. Er is nog niets verwijderd.</source>
        <translation>You wanted to delete it. Nothing has been deleted yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets van u opgeslagen. Kies per veld welke waarde blijft.</source>
        <translation>Nothing of yours has been saved yet. Choose per field which value stays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw wijziging en die van de ander zijn gelijk of raken elkaar niet.</source>
        <translation>Your change and the other one are the same or do not touch each other.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgeslagen door {who}</source>
        <translation>Saved by {who}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Toch verwijderen</source>
        <translation>&amp;Delete anyway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mijn versie opslaan</source>
        <translation>Save &amp;my version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slaat uw waarden op over de nieuwe versie heen.</source>
        <translation>Saves your values on top of the new version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie van de &amp;ander laden</source>
        <translation>Load the &amp;other version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slaat niets op; het scherm toont wat de ander opsloeg.</source>
        <translation>Saves nothing; the screen shows what the other person saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keuzes per veld opslaan</source>
        <translation>Save the &amp;choices per field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slaat per veld de waarde op die u hierboven koos.</source>
        <translation>Saves, per field, the value you chose above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slaat niets op en laat uw invoer staan.</source>
        <translation>Saves nothing and keeps what you typed.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/conflicts.py" line="-2"/>
        <source>Niet opgeslagen: u ziet nu de versie die {who} intussen opsloeg.</source>
        <translation>Not saved: you now see the version {who} saved meanwhile.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../flatapp/gui/connect_dialog.py" line="+43"/>
        <source>Verbinden met server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbind met de PostgreSQL-database van uw kantoor. De gegevens krijgt u van de beheerder van de server.</source>
        <translation>Connect to your office&apos;s PostgreSQL database. The server&apos;s administrator gives you these details.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijv. server.kantoor.local</source>
        <translation>e.g. server.office.local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uw loginnaam</source>
        <translation>your login name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtwoord &amp;onthouden (in de sleutelhanger van deze computer)</source>
        <translation>&amp;Remember password (in this computer&apos;s keyring)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versleuteling (TLS) &amp;verplicht: niet verbinden als de server die niet biedt</source>
        <translation>Encryption (TLS) re&amp;quired: do not connect if the server does not offer it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ver&amp;binden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>de server</source>
        <translation>the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de database</source>
        <translation>the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de gebruiker</source>
        <translation>the user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul nog in: {fields}.</source>
        <translation>Still to fill in: {fields}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>De verbinding is versleuteld (TLS).</source>
        <translation>The connection is encrypted (TLS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let op: de verbinding is niet versleuteld; gebruik dit alleen binnen het kantoornetwerk, of vraag de beheerder TLS aan te zetten.</source>
        <translation>Note: the connection is not encrypted; use it only inside the office network, or ask the administrator to turn on TLS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verbonden. {encryption}</source>
        <translation>Connected. {encryption}</translation>
    </message>
</context>
<context>
    <name>ConsentRecordDialog</name>
    <message>
        <location filename="../../flatapp/gui/consent_dialog.py" line="+19"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woning {home}: wat de bewoner zelf liet weten, buiten het formulier om.</source>
        <translation>Home {home}: what the resident said themselves, outside the form.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ja, toestemming gegeven</source>
        <translation>yes, consent given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nee, geen toestemming</source>
        <translation>no, no consent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: belde op 25-11-2026</source>
        <translation>for example: phoned on 25-11-2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ronde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doel:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Antwoord:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../flatapp/gui/home_consent.py" line="+38"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <location filename="../../flatapp/gui/crash_log.py" line="+47"/>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er ging iets onverwachts mis ({error}). Wat u al had opgeslagen is bewaard. De details staan in {log}; stuur dat bestand mee als u de fout meldt.</source>
        <translation>Something unexpected went wrong ({error}). Everything you had saved is kept. The details are in {log}; please send that file along when you report the problem.</translation>
    </message>
</context>
<context>
    <name>DoneModel</name>
    <message>
        <location filename="../../flatapp/gui/groups/models.py" line="+42"/>
        <source>Klaar op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>DoorOutcomeWidget</name>
    <message>
        <location filename="../../flatapp/gui/door_outcomes/view.py" line="+140"/>
        <source>nog geen ronde</source>
        <translation>no round yet</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nog geen avond</source>
        <translation>no evening yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog geen team</source>
        <translation>no team yet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Toetsen: {keys} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Del&lt;/b&gt; laatste bezoek weg &amp;nbsp;·&amp;nbsp; &lt;b&gt;Tab&lt;/b&gt; naar tijd en notitie</source>
        <translation>Keys: {keys} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Del&lt;/b&gt; removes the last visit &amp;nbsp;·&amp;nbsp; &lt;b&gt;Tab&lt;/b&gt; to time and note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deze flat heeft nog geen ronde; maak er een aan bij Ronde.</source>
        <translation>This block has no round yet; create one under Round.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze ronde heeft nog geen avonden; plan eerst een avond.</source>
        <translation>This round has no evenings yet; plan an evening first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{warning} Geef ze een team bij Ronde, tabblad Deuren per avond (&apos;Woningen zonder team verdelen&apos;); daarna staan ze ook hier.</source>
        <translation>{warning} Give them a team under Round, tab Doors per evening (&apos;Divide homes without a team&apos;); then they show here too.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avond {date}: {done} van {total} deuren ingevuld</source>
        <translation>Evening {date}: {done} of {total} doors filled in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De deurlijsten van {next} volgen hieruit: woningen met een afgeronde uitkomst ({final}) komen daar niet meer op. Verdeel de deuren van die avond opnieuw na het invoeren.</source>
        <translation>The door lists for {next} follow from this: homes with a final outcome ({final}) no longer appear on them. Share out that evening&apos;s doors again after entering.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Een volgende avond krijgt alleen de deuren die nog open zijn: woningen met een afgeronde uitkomst ({final}) komen niet meer op de deurlijst.</source>
        <translation>A later evening gets only the doors still open: homes with a final outcome ({final}) no longer appear on the door list.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/door_outcomes/keys.py" line="+95"/>
        <source>Uitkomst {digit}… typ nog een cijfer voor {choices}; Enter of even wachten geeft {digit}.</source>
        <translation>Outcome {digit}… type one more digit for {choices}; Enter or a short wait gives {digit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uitkomst {digit}… typ nog een cijfer voor {choices}.</source>
        <translation>Outcome {digit}… type one more digit for {choices}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opslaan is niet gelukt: {reason}</source>
        <translation>Saving failed: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Woning {code} heeft op deze avond nog geen bezoek om weg te halen.</source>
        <translation>Home {code} has no visit on this evening to remove.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bezoek weggehaald: woning {code}, {label}.</source>
        <translation>Visit removed: home {code}, {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/door_outcomes.ui" line="+9"/>
        <source>Uitkomsten aan de deur</source>
        <translation>Outcomes at the door</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Avond</source>
        <translation>&amp;Evening</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>DoorOutcomes</name>
    <message>
        <location filename="../../flatapp/gui/door_outcomes/style.py" line="+21"/>
        <source>gesproken</source>
        <translation>interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet bereikt</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valt af</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/door_outcomes/models.py" line="+43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verd.</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eerdere bezoeken</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug om</source>
        <translation>Back at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> ({count}e keer)</source>
        <translation> (visit {count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>wanneer?</source>
        <translation>when?</translation>
    </message>
</context>
<context>
    <name>DoubleEntryDialog</name>
    <message>
        <location filename="../../flatapp/gui/double_entry.py" line="+115"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>1  Eerste invoer</source>
        <translation>1  First entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2  Tweede invoer</source>
        <translation>2  Second entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nog kiezen</source>
        <translation>to choose</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— (leeg)</source>
        <translation>— (empty)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Verschillend</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foutpercentage</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er zijn geen afgeronde formulieren die nog niet dubbel zijn ingevoerd.</source>
        <translation>There are no completed forms that have not yet been entered twice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steekproef: {n} formulieren. Leg die papieren formulieren klaar en typ ze opnieuw.</source>
        <translation>Sample: {n} forms. Get those paper forms ready and type them again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>getypt, {n} verschillen</source>
        <translation>typed, {n} differences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog typen</source>
        <translation>still to type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nog opnieuw te typen: {homes}</source>
        <translation>Still to type again: {homes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De hele steekproef is opnieuw getypt. Ga naar &apos;3. Verschillen&apos;.</source>
        <translation>The whole sample has been typed again. Go to &apos;3. Differences&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trek eerst een steekproef (tabblad 1).</source>
        <translation>Draw a sample first (tab 1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} verschillen om te kiezen.</source>
        <translation>{n} differences to choose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen verschillen om te kiezen.</source>
        <translation>No differences to choose.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kies eerst bij elk verschil 1 of 2.</source>
        <translation>First choose 1 or 2 for each difference.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>woning {home}: {why}</source>
        <translation>home {home}: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Niet vastgelegd: {what}</source>
        <translation>Not recorded: {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vastgelegd: {done} verschillen. Nog te kiezen: {left}.</source>
        <translation>Recorded: {done} differences. Still to choose: {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dubbel ingevoerd: {verified} van {complete} afgeronde formulieren ({share}). Nog verschillen te kiezen bij {open} formulieren.</source>
        <translation>Entered twice: {verified} of {complete} completed forms ({share}). Differences still to choose on {open} forms.</translation>
    </message>
    <message>
        <location filename="../../ui/double_entry.ui" line="+9"/>
        <source>Dubbele invoer</source>
        <translation>Double entry</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1. Steekproef</source>
        <translation>1. Sample</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een tweede persoon typt een deel van de papieren formulieren nog een keer, zonder de eerste invoer te zien. Daarna toont FlatApp alleen de velden die verschillen.</source>
        <translation>A second person types part of the paper forms again, without seeing the first entry. FlatApp then shows only the fields that differ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deel van de afgeronde formulieren</source>
        <translation>&amp;Part of the completed forms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Steekproef trekken en typen</source>
        <translation>&amp;Draw a sample and type</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>2. Opnieuw typen</source>
        <translation>2. Type again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>3. Verschillen</source>
        <translation>3. Differences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen de velden die verschillen. Kijk op het papieren formulier en kies met de toets 1 (eerste invoer) of 2 (tweede invoer) welke waarde klopt.</source>
        <translation>Only the fields that differ. Look at the paper form and press 1 (first entry) or 2 (second entry) to choose the right value.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keuzes vastleggen</source>
        <translation>&amp;Record choices</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Foutpercentage per vraag</source>
        <translation>Error rate per question</translation>
    </message>
</context>
<context>
    <name>FacadeMap</name>
    <message>
        <location filename="../../flatapp/gui/facade_map/view.py" line="+39"/>
        <source>Gevelkaart</source>
        <translation>Facade map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De flat als gevel: elke cel is een woning. Pijltjestoetsen kiezen een woning, Enter opent hem.</source>
        <translation>The block as a facade: each cell is a home. The arrow keys choose a home, Enter opens it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deze flat heeft nog geen woningen.</source>
        <translation>This block has no homes yet.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/facade_map/painting.py" line="+69"/>
        <source>Zonder portiek</source>
        <translation>No entrance</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/facade_map/view.py" line="+171"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portiek: {name}</source>
        <translation>Entrance: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdieping: {floor}</source>
        <translation>Floor: {floor}</translation>
    </message>
</context>
<context>
    <name>FlatApp</name>
    <message>
        <location filename="../../flatapp/gui/app.py" line="+97"/>
        <source>De voorbeelddatabase kon niet worden gemaakt: {reason}</source>
        <translation>The demo database could not be created: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../flatapp/gui/follow_up_list.py" line="+58"/>
        <source>te bellen</source>
        <translation>to call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gebeld</source>
        <translation>called</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doet mee</source>
        <translation>takes part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen interesse</source>
        <translation>not interested</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opvolglijst opslaan…</source>
        <translation>Saving the follow-up list…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon / e-mail</source>
        <translation>Phone / e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>niet gevonden: {text}</source>
        <translation>not found: {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>formulier</source>
        <translation>form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{topic} (organiseren)</source>
        <translation>{topic} (organise)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inschrijflijst: {topics}</source>
        <translation>sign-up sheet: {topics}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>opvolging van {who} wijzigen</source>
        <translation>change the follow-up of {who}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location line="+35"/>
        <source>Opvolglijst – {round}</source>
        <translation>Follow-up list – {round}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opvolglijst</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bewoners die op het formulier om contact vroegen en bewoners die zich in de tent inschreven met &apos;mag contact&apos;. Status: toets 1 te bellen, 2 gebeld, 3 doet mee, 4 geen interesse (of F2 in de kolom Status). Notitie: F2 of gewoon typen in de kolom Notitie. Ctrl+Z maakt ongedaan.</source>
        <translation>Residents who asked for contact on their form and residents who signed up in the tent with &apos;may contact&apos;. Status: key 1 to call, 2 called, 3 takes part, 4 not interested (or F2 in the Status column). Note: F2 or just type in the Note column. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lijst &amp;bijwerken</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe formulieren met &apos;contact: ja&apos; en nieuwe inschrijvingen toevoegen; wie toestemming introk verdwijnt</source>
        <translation>Add new forms with &apos;contact: yes&apos; and new sign-ups; whoever withdrew consent disappears</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{count} bewoners</source>
        <translation>{count} residents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De lijst is bijgewerkt met de formulieren en inschrijvingen van nu.</source>
        <translation>The list now holds the current forms and sign-ups.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{who}: {status}</source>
        <translation>{who}: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie bij {who} bewaard.</source>
        <translation>Note for {who} saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kies eerst een bewoner in de lijst.</source>
        <translation>First choose a resident in the list.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opvolglijst opslaan</source>
        <translation>Save the follow-up list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV voor Excel (*.csv);;Excel-werkmap (*.xlsx)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{tier}: {count} bewoners opgeslagen in {path}. Dit is vastgelegd in het privacylogboek.</source>
        <translation>{tier}: {count} residents saved in {path}. This was recorded in the privacy log.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/group_dialog.ui" line="+16"/>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>link naar de groepsapp, of de naam van de groep in de app</source>
        <translation>link to the group app, or the group&apos;s name in the app</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Actief (uitvinken als de groep gestopt is)</source>
        <translation>&amp;Active (untick when the group has stopped)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gegevens op&amp;slaan</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Groepsapp:</source>
        <translation>&amp;Group app:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notiti&amp;e:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Leden (alleen bewoners met toestemming)</source>
        <translation>Members (only residents with consent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lid &amp;toevoegen</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lid &amp;verwijderen</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners en wat ze inbrengen</source>
        <translation>Partners and what they bring</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Partner toevoegen</source>
        <translation>Add &amp;partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner weg&amp;halen</source>
        <translation>Take partner o&amp;ff</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acties (F2 of dubbelklik: wat, datum, stand en resultaat wijzigen)</source>
        <translation>Actions (F2 or double-click: change what, date, status and result)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wat moet er gebeuren?</source>
        <translation>what needs to be done?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Act&amp;ie toevoegen</source>
        <translation>Add act&amp;ion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opnieu&amp;w</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/groups/group_dialog.py" line="+195"/>
        <source>Ongedaan gemaakt: {what}.</source>
        <translation>Undone: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opnieuw gedaan: {what}.</source>
        <translation>Redone: {what}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ongedaan maken: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Werkgroep {name} — {flat}</source>
        <translation>Working group {name} — {flat}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nog niet gekozen)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (geen toestemming)</source>
        <translation> (no consent)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bewoner: {name}</source>
        <translation>resident: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>een bewoner</source>
        <translation>a resident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner: {name}</source>
        <translation>partner: {name}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Niets gewijzigd.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>werkgroep {name} wijzigen</source>
        <translation>change working group {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gegevens van de werkgroep opgeslagen.</source>
        <translation>The working group&apos;s details were saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} toevoegen als lid</source>
        <translation>add {name} as a member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is lid geworden.</source>
        <translation>{name} has become a member.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies eerst in de tabel het lid dat u wilt verwijderen.</source>
        <translation>First choose the member to remove in the table.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lid {name} verwijderen</source>
        <translation>remove member {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is geen lid meer.</source>
        <translation>{name} is no longer a member.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>partner {name} toevoegen</source>
        <translation>add partner {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} werkt mee; schrijf in de tabel wat de partner inbrengt.</source>
        <translation>{name} takes part; write in the table what the partner brings.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kies eerst in de tabel de partner die u wilt weghalen.</source>
        <translation>First choose the partner to take off in the table.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>partner {name} weghalen</source>
        <translation>take partner {name} off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} werkt niet meer mee in deze groep.</source>
        <translation>{name} no longer takes part in this group.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inbreng van een partner wijzigen</source>
        <translation>change what a partner brings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbreng opgeslagen.</source>
        <translation>Saved what the partner brings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schrijf eerst op wat er moet gebeuren.</source>
        <translation>First write down what needs to be done.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>actie &apos;{what}&apos; toevoegen</source>
        <translation>add action &apos;{what}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actie toegevoegd.</source>
        <translation>Action added.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stand</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stand van &apos;{what}&apos; op {status} zetten</source>
        <translation>set the status of &apos;{what}&apos; to {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} van &apos;{what}&apos; wijzigen</source>
        <translation>change the {field} of &apos;{what}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actie opgeslagen.</source>
        <translation>Action saved.</translation>
    </message>
</context>
<context>
    <name>GroupPartnerModel</name>
    <message>
        <location filename="../../flatapp/gui/groups/models.py" line="+40"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan bieden</source>
        <translation>Can bring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brengt in deze groep in</source>
        <translation>Brings to this group</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location line="-137"/>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerstvolgende datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>GroupsMap</name>
    <message>
        <location filename="../../flatapp/gui/groups/facade_colours.py" line="+24"/>
        <source>Doet mee in een werkgroep ({n}) — vertrouwelijk</source>
        <translation>Takes part in a working group ({n}) — confidential</translation>
    </message>
</context>
<context>
    <name>GroupsOverview</name>
    <message>
        <location filename="../../flatapp/gui/groups/overview.py" line="+39"/>
        <source>Werkgroepen — {flat}</source>
        <translation>Working groups — {flat}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_overview.ui" line="+16"/>
        <source>&lt;b&gt;Werkgroepen&lt;/b&gt; (Enter of dubbelklik opent een groep)</source>
        <translation>&lt;b&gt;Working groups&lt;/b&gt; (Enter or double-click opens a group)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>naam van een nieuwe werkgroep, bijvoorbeeld &apos;Afval van balkons&apos;</source>
        <translation>name of a new working group, for example &apos;Litter from balconies&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Werkgroep &amp;maken</source>
        <translation>&amp;Make working group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groep &amp;openen…</source>
        <translation>&amp;Open group…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Wat is er gedaan&lt;/b&gt;</source>
        <translation>&lt;b&gt;What has been done&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/groups/overview.py" line="+32"/>
        <source>&lt;b&gt;Open acties op datum&lt;/b&gt;: {n}</source>
        <translation>&lt;b&gt;Open actions by date&lt;/b&gt;: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — &lt;span style=&apos;color:{colour}&apos;&gt;{n} te laat&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:{colour}&apos;&gt;{n} overdue&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze flat heeft nog geen werkgroepen. Typ hierboven een naam en druk op Enter.</source>
        <translation>This block has no working groups yet. Type a name above and press Enter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Werkgroep &apos;{name}&apos; gemaakt; Enter opent hem.</source>
        <translation>Working group &apos;{name}&apos; made; Enter opens it.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../flatapp/gui/help_dialog.py" line="+62"/>
        <source>Help › Handleiding</source>
        <translation>Help › Manual</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.ui" line="+6"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Shortcuts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sneltoets</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>HomeConsentPanel</name>
    <message>
        <location filename="../../flatapp/gui/home_consent.py" line="+28"/>
        <source>Toestemming en privacy</source>
        <translation>Consent and privacy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nog geen toestemming vastgelegd</source>
        <translation>no consent recorded yet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Intrekken…</source>
        <translation>W&amp;ithdraw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gekozen toestemming intrekken, met de datum van vandaag (Delete)</source>
        <translation>Withdraw the chosen consent, dated today (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vastleggen…</source>
        <translation>Re&amp;cord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toestemming vastleggen die de bewoner telefonisch of schriftelijk gaf</source>
        <translation>Record consent the resident gave by phone or in writing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;zage…</source>
        <translation>&amp;Access…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inzage: een brief (PDF) met alles wat over deze woning is opgeslagen</source>
        <translation>Access: a letter (PDF) with everything stored about this home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;ssen…</source>
        <translation>Era&amp;se…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle persoonsgegevens van deze woning wissen (na bevestiging)</source>
        <translation>Erase all personal data of this home (after confirmation)</translation>
    </message>
</context>
<context>
    <name>HomeDetailPanel</name>
    <message>
        <location filename="../../flatapp/gui/home_detail.py" line="+123"/>
        <source>Woning {code} · {address}</source>
        <translation>Home {code} · {address}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/home_detail.ui" line="+14"/>
        <source>Woninggegevens</source>
        <translation>Home details</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kies een woning op de kaart of in de lijst om het adres te bekijken of te corrigeren.</source>
        <translation>Choose a home on the map or in the list to view or correct its address.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Straat</source>
        <translation>St&amp;reet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Huis&amp;nummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Huis&amp;letter</source>
        <translation>House &amp;letter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Toevoeging</source>
        <translation>A&amp;ddition</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pl&amp;aats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Po&amp;rtiek</source>
        <translation>&amp;Entrance</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Verdieping</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BG is de begane grond, K de kelder.</source>
        <translation>BG is the ground floor, K the basement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VH&amp;E-nummer</source>
        <translation>&amp;VHE number</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Zet de velden terug op wat in de database staat.</source>
        <translation>Put the fields back to what is in the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herstellen</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sla de correcties op (Ctrl+S of Enter). Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Save the corrections (Ctrl+S or Enter). Ctrl+Z undoes them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>HomePreviewModel</name>
    <message>
        <location filename="../../flatapp/gui/import_models.py" line="-84"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VHE-nummer</source>
        <translation>VHE number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portiek</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdieping</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>HomeTableModel</name>
    <message>
        <location filename="../../flatapp/gui/home_table_model.py" line="+31"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portiek</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdieping</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VHE</source>
        <translation>VHE</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+20"/>
        <source>Woningen importeren</source>
        <translation>Import homes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Adreslijst van de corporatie</source>
        <translation>Housing association&apos;s address list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies het Excel- of CSV-bestand met de adressen van de flat.</source>
        <translation>Choose the Excel or CSV file with the addresses of the block.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Typ of plak het pad, of kies Bladeren…</source>
        <translation>Type or paste the path, or choose Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Werkblad:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>In welke flat komen de woningen?</source>
        <translation>Which block do the homes go into?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Be&amp;staande flat:</source>
        <translation>E&amp;xisting block:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Nieuwe flat:</source>
        <translation>&amp;New block:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Naam van de flat, bijvoorbeeld De Vijverflat</source>
        <translation>Name of the block, for example De Vijverflat</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Geef bij elk gegeven aan uit welke kolom van het bestand het komt. Gegevens met een * zijn verplicht; kies &quot;(niet in bestand)&quot; als het bestand dat gegeven niet heeft.</source>
        <translation>For each field, choose the column of the file it comes from. Fields marked * are required; choose &quot;(not in file)&quot; if the file does not have that field.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Kolommen aanpassen…</source>
        <translation>&amp;Change columns…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Woningen</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Afgekeurd</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze rijen worden niet geïmporteerd. Rijnummers zijn zoals Excel ze toont.</source>
        <translation>These rows will not be imported. Row numbers are as Excel shows them.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kopieert de lijst (rij, kolom, reden) om in een e-mail of in Excel te plakken</source>
        <translation>Copies the list (row, column, reason) to paste into an email or Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>K&amp;opiëren</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze regels zijn met opzet overgeslagen (geen woning, of een totaalregel). Daar hoeft u niets mee te doen.</source>
        <translation>These lines were skipped on purpose (not a home, or a total line). You need not do anything about them.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Alleen de goede rijen importeren</source>
        <translation>Import only the &amp;good rows</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>V&amp;olgende &gt;</source>
        <translation>N&amp;ext &gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportHomesDialog</name>
    <message>
        <location filename="../../flatapp/gui/import_dialog/view.py" line="+111"/>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerste waarde in die kolom</source>
        <translation>First value in that column</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} (1 woning)</source>
        <translation>{name} (1 home)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({count} woningen)</source>
        <translation>{name} ({count} homes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(nog geen flats)</source>
        <translation>(no blocks yet)</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/file_step.py" line="+30"/>
        <source>Adreslijst kiezen</source>
        <translation>Choose address list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adreslijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Address lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Het bestand kan niet geopend worden ({why}).</source>
        <translation>The file cannot be opened ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het bestand kan niet gelezen worden als adreslijst (technische melding: {what}).</source>
        <translation>The file cannot be read as an address list (technical message: {what}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Dit bestand kan niet worden geïmporteerd.&lt;/b&gt;&lt;br&gt;{why}&lt;br&gt;&lt;span&gt;Bestand: {file}&lt;/span&gt;</source>
        <translation>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;{why}&lt;br&gt;&lt;span&gt;File: {file}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/check_step.py" line="+129"/>
        <location filename="../../flatapp/gui/import_dialog/file_step.py" line="+12"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../flatapp/gui/import_dialog/file_step.py" line="+0"/>
        <source>{n} rijen</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/file_step.py" line="+1"/>
        <source>Gelezen: {rows}</source>
        <translation>Read: {rows}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gelezen: {rows} uit werkblad &apos;{sheet}&apos;</source>
        <translation>Read: {rows} from sheet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kopregel op rij {n}</source>
        <translation>header on row {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scheidingsteken {name}</source>
        <translation>delimiter {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tekenset {name}</source>
        <translation>encoding {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De kolommen zijn herkend.</source>
        <translation>The columns were recognised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet alle kolommen zijn zeker herkend; die kiest u in de volgende stap.</source>
        <translation>Not all columns were recognised for certain; you choose them in the next step.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8 met losse Windows-1252-tekens</source>
        <translation>UTF-8 with stray Windows-1252 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 (met BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kies een flat.</source>
        <translation>Choose a block.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geef de nieuwe flat een naam.</source>
        <translation>Give the new block a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is al een flat &apos;{name}&apos;. Kies die bij &apos;Bestaande flat&apos; om de woningen daaraan toe te voegen.</source>
        <translation>There is already a block &apos;{name}&apos;. Choose it under &apos;Existing block&apos; to add the homes to it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De flat wordt aangemaakt bij het importeren.</source>
        <translation>The block will be created when importing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze flat heeft al woningen. Woningen die al bestaan worden bijgewerkt, nieuwe komen erbij; er wordt geen woning verwijderd.</source>
        <translation>This block already has homes. Existing homes are updated and new ones added; no home is removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze flat heeft nog geen woningen.</source>
        <translation>This block has no homes yet.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/columns_step.py" line="+26"/>
        <source>(niet in bestand)</source>
        <translation>(not in file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{header} (kolom {letter})</source>
        <translation>{header} (column {letter})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(kolom {letter}, zonder naam)</source>
        <translation>(column {letter}, unnamed)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>bijv. {value}</source>
        <translation>e.g. {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kies nog een kolom voor: {fields}.</source>
        <translation>Still choose a column for: {fields}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let op: één kolom is gekozen voor {fields}. Klopt dat?</source>
        <translation>Note: one column is chosen for {fields}. Is that right?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met deze keuze: {counts}</source>
        <translation>With this choice: {counts}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/check_step.py" line="-98"/>
        <location line="+84"/>
        <source>1 woning</source>
        <translation>1 home</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>{n} woningen</source>
        <translation>{n} homes</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>{n} geen woning overgeslagen</source>
        <translation>{n} non-homes skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dubbele rij één keer genomen</source>
        <translation>1 duplicate row taken once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dubbele rijen één keer genomen</source>
        <translation>{n} duplicate rows taken once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 totaalregel overgeslagen</source>
        <translation>1 total line skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} totaalregels overgeslagen</source>
        <translation>{n} total lines skipped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 rij afgekeurd</source>
        <translation>1 row rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rijen afgekeurd</source>
        <translation>{n} rows rejected</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Naar de nieuwe flat &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Into the new block &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar de flat &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Into the block &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {column}</source>
        <translation>{field}: {column}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kolommen: {pairs}</source>
        <translation>Columns: {pairs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woningen ({n})</source>
        <translation>Homes ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgekeurd ({n})</source>
        <translation>Rejected ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgeslagen ({n})</source>
        <translation>Skipped ({n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Er staat geen enkele goede woning in dit bestand; er valt niets te importeren. Verbeter het bestand of kies andere kolommen.</source>
        <translation>This file has no valid homes at all, so there is nothing to import. Correct the file or choose other columns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alles in orde: {homes} klaar om te importeren.</source>
        <translation>All correct: {homes} ready to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen de goede rijen worden geïmporteerd: {homes}. De {n} afgekeurde rijen niet; die kunt u later alsnog importeren met een verbeterd bestand.</source>
        <translation>Only the good rows will be imported: {homes}. The {n} rejected rows will not; you can import them later from a corrected file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} afgekeurd: verbeter het bestand, of kies hieronder om alleen de goede rijen te importeren.</source>
        <translation>{rows} rejected: correct the file, or choose below to import only the good rows.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gekopieerd ({n})</source>
        <translation>Copied ({n})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>U koos &apos;Terug&apos;; de woningen zijn niet veranderd.</source>
        <translation>You chose &apos;Back&apos;; the homes were not changed.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Woningen importeren…</source>
        <translation>Importing homes…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 rij botst met een woning die al in de flat &apos;{name}&apos; staat; zie &apos;Afgekeurd&apos;.</source>
        <translation>1 row clashes with a home already in the block &apos;{name}&apos;; see &apos;Rejected&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} rijen botsen met woningen die al in de flat &apos;{name}&apos; staan; zie &apos;Afgekeurd&apos;.</source>
        <translation>{n} rows clash with homes already in the block &apos;{name}&apos;; see &apos;Rejected&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Woningen geïmporteerd</source>
        <translation>Homes imported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Er is niets geïmporteerd.&lt;/b&gt;&lt;br&gt;{why}&lt;br&gt;Bestand: {file}</source>
        <translation>&lt;b&gt;Nothing was imported.&lt;/b&gt;&lt;br&gt;{why}&lt;br&gt;File: {file}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/import_dialog/view.py" line="+59"/>
        <source>1. Bestand en flat</source>
        <translation>1. File and block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Kolommen</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Controleren en importeren</source>
        <translation>3. Check and import</translation>
    </message>
</context>
<context>
    <name>InterviewEntry</name>
    <message>
        <location filename="../../ui/interview_entry.ui" line="+9"/>
        <source>Papieren formulieren invoeren</source>
        <translation>Enter paper forms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Papieren formulieren</source>
        <translation>Paper forms</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Verder gaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Woning (code of huisnummer)</source>
        <translation>&amp;Home (code or house number)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijv. VO-017 of 12-3</source>
        <translation>e.g. VO-017 or 12-3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nog een &amp;bewoner in deze woning</source>
        <translation>Another &amp;resident in this home</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geschiedenis… (Ctrl+H)</source>
        <translation>History… (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De correcties van dit afgeronde formulier: wie, wanneer, welke vraag, oud en nieuw antwoord.</source>
        <translation>The corrections to this completed form: who, when, which question, old and new answer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concept weg&amp;gooien</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit niet-afgemaakte formulier weggooien, bijvoorbeeld als het bij de verkeerde woning is begonnen.</source>
        <translation>Discard this unfinished form, for instance when it was started for the wrong home.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Leeg formulier</source>
        <translation>&amp;Blank form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opslaan en volgende (Ctrl+Enter)</source>
        <translation>Save and next (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>InterviewEntryPage</name>
    <message>
        <location filename="../../flatapp/gui/entry_page.py" line="+31"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dubbele in&amp;voer…</source>
        <translation>Double en&amp;try…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad &apos;Ronde voorbereiden&apos;.</source>
        <translation>This block has no round yet. First create a round on the &apos;Prepare round&apos; tab.</translation>
    </message>
</context>
<context>
    <name>InterviewEntryWidget</name>
    <message>
        <location filename="../../flatapp/gui/interview_form/fields.py" line="+115"/>
        <source>codes, bijv. 1 3</source>
        <translation>codes, e.g. 1 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>huisnummers, bijv. 12, 14, 31-2</source>
        <translation>house numbers, e.g. 12, 14, 31-2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (of ?)</source>
        <translation> (or ?)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>wil niet zeggen / weet niet</source>
        <translation>would rather not say / don&apos;t know</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is geen heel getal.</source>
        <translation>&apos;{text}&apos; is not a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is geen code; typ een van de cijfers hierboven.</source>
        <translation>&apos;{text}&apos; is not a code; type one of the numbers above.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/interview_form/view.py" line="+95"/>
        <source>Tweede invoer (blind): {round}</source>
        <translation>Second entry (blind): {round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede invoer opslaan (Ctrl+Enter)</source>
        <translation>Save second entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Papieren formulieren: {round}</source>
        <translation>Paper forms: {round}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijv. {code} of {number}</source>
        <translation>e.g. {code} or {number}</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Dit formulier is intussen door iemand anders opgeslagen; u ziet nu die versie.</source>
        <translation>Someone else saved this form in the meantime; you now see that version.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/interview_form/keys.py" line="+143"/>
        <source>Einde van het formulier. Ctrl+Enter (of Enter hier) slaat het op.</source>
        <translation>End of the form. Ctrl+Enter (or Enter here) saves it.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{code} = {answer} · door naar {next}</source>
        <translation>{code} = {answer} · on to {next}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opslaan</source>
        <translation>save</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/interview_form/homes.py" line="+46"/>
        <source>Typ de woningcode of het huisnummer.</source>
        <translation>Type the home code or the house number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Woning &apos;{text}&apos; zit niet in de steekproef van deze flat.</source>
        <translation>Home &apos;{text}&apos; is not in this block&apos;s sample.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woning &apos;{text}&apos; hoort niet bij deze flat.</source>
        <translation>Home &apos;{text}&apos; does not belong to this block.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; past bij meer woningen ({which}); typ de woningcode.</source>
        <translation>&apos;{text}&apos; matches more than one home ({which}); type the home code.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Woning {code} zit niet in de steekproef.</source>
        <translation>Home {code} is not in the sample.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typ het formulier van woning {code} opnieuw, zonder naar de eerste invoer te kijken.</source>
        <translation>Type the form of home {code} again, without looking at the first entry.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>compleet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woning {code} had al een formulier ({state}); dat is geopend, er komt geen tweede.</source>
        <translation>Home {code} already had a form ({state}); it has been opened, no second one is made.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>bewoner {n}</source>
        <translation>resident {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>woning {code}, bewoner {n}</source>
        <translation>home {code}, resident {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>woning {code}</source>
        <translation>home {code}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/interview_form/saving.py" line="+27"/>
        <source>Geschiedenis is er alleen van een afgerond formulier: typ eerst de woning van dat formulier.</source>
        <translation>Only a completed form has a history: first type the home of that form.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Concept weggooien</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het concept van {form} weggooien? Alle antwoorden die op dit formulier zijn getypt gaan verloren; dit kan niet ongedaan worden gemaakt.</source>
        <translation>Discard the draft of {form}? All answers typed on this form will be lost; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Het concept van {form} is weggegooid; voor dit formulier is niets meer opgeslagen.</source>
        <translation>The draft of {form} has been discarded; nothing is stored for this form any more.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nieuw formulier voor bewoner {n} van woning {code}.</source>
        <translation>New form for resident {n} of home {code}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correctie van een afgerond formulier: Ctrl+Enter slaat de wijziging op.</source>
        <translation>Correcting a completed form: Ctrl+Enter saves the change.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Niet opgeslagen: {form} is intussen door iemand anders opgeslagen. Uw invoer staat er nog.</source>
        <translation>Not saved: someone else saved {form} in the meantime. What you typed is still there.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dit formulier is intussen in een ander venster gewijzigd ({reason}). De opgeslagen versie is opnieuw geladen; controleer uw invoer.</source>
        <translation>This form was changed in another window meanwhile ({reason}). The saved version has been reloaded; check your entry.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Typ eerst de woning van dit formulier.</source>
        <translation>First type the home of this form.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+90"/>
        <source>Het formulier is leeg; er is niets opgeslagen.</source>
        <translation>The form is empty; nothing was saved.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Niet afgerond: kies de avond van dit gesprek. Het concept is bewaard.</source>
        <translation>Not completed: choose the evening of this interview. The draft is kept.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opgeslagen: woning {code}</source>
        <translation>Saved: home {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Op welke avond was dit gesprek?</source>
        <translation>On which evening was this interview?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij woning {code} staat nog geen &apos;gesproken&apos; bij de deuruitkomsten.
Kies de avond van dit gesprek; daar wordt &apos;gesproken&apos; vastgelegd.</source>
        <translation>Home {code} has no &apos;spoken&apos; among its door outcomes yet.
Choose the evening of this interview; &apos;spoken&apos; is recorded there.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nog open: {codes} (typ het antwoord, of ? voor &apos;{dont_know}&apos;)</source>
        <translation>still open: {codes} (type the answer, or ? for &apos;{dont_know}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 fout (rood)</source>
        <translation>1 error (red)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fouten (rood)</source>
        <translation>{n} errors (red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Het concept is bewaard.</source>
        <translation> The draft is kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet compleet: {what}.</source>
        <translation>Not complete yet: {what}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Typ eerst een woning uit de steekproef.</source>
        <translation>First type a home from the sample.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tweede invoer opgeslagen: woning {code} ({n} verschillen)</source>
        <translation>Second entry saved: home {code} ({n} differences)</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/interview_form/view.py" line="+8"/>
        <source>{complete} afgerond · {draft} concept</source>
        <translation>{complete} completed · {draft} draft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Er is een niet-afgemaakt formulier voor woning {code}. Verder gaan?</source>
        <translation>There is an unfinished form for home {code}. Continue with it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er zijn {n} niet-afgemaakte formulieren. Het eerste is voor woning {code}. Verder gaan?</source>
        <translation>There are {n} unfinished forms. The first is for home {code}. Continue with them?</translation>
    </message>
</context>
<context>
    <name>InterviewHistory</name>
    <message>
        <location filename="../../flatapp/gui/interview_history.py" line="+43"/>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dubbele invoer</source>
        <translation>double entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(geen antwoord)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Oud antwoord</source>
        <translation>Old answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw antwoord</source>
        <translation>New answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Correcties van het afgeronde formulier van {form}, oudste eerst.</source>
        <translation>Corrections to the completed form of {form}, oldest first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bron van de antwoorden: de gescande pagina&apos;s</source>
        <translation>Source of the answers: the scanned pages</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Scanpagina</source>
        <translation>Scan page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingelezen op</source>
        <translation>Read in on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gelezen door</source>
        <translation>Read by</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>de scanner</source>
        <translation>the scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nagekeken door een mens</source>
        <translation>checked by a person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pagina {page} ({source})</source>
        <translation>page {page} ({source})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Pagina &amp;bekijken</source>
        <translation>&amp;View page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit formulier is na het afronden niet gecorrigeerd.</source>
        <translation>This form was not corrected after it was completed.</translation>
    </message>
</context>
<context>
    <name>InterviewHistoryDialog</name>
    <message>
        <location filename="../../ui/interview_history.ui" line="+9"/>
        <source>Geschiedenis van het formulier</source>
        <translation>History of the form</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dit formulier is na het afronden niet gecorrigeerd; er is nog geen geschiedenis.</source>
        <translation>This form has not been corrected since it was completed; there is no history yet.</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../flatapp/gui/import_models.py" line="+46"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../flatapp/gui/lock.py" line="+97"/>
        <source>Versleutelde database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De database &lt;b&gt;{name}&lt;/b&gt; is versleuteld. Typ het wachtwoord om hem te openen.</source>
        <translation>The database &lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Dit wachtwoord klopt niet. Er is niets geopend of gewijzigd; probeer het opnieuw.</source>
        <translation>This passphrase is not right. Nothing was opened or changed; please try again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe database: {path}</source>
        <translation>New database: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versleutelen (aanbevolen)</source>
        <translation>Encrypt (recommended)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie de laptop, het bestand of een reservekopie in handen krijgt, ziet zonder het wachtwoord niets van de bewoners.</source>
        <translation>Whoever gets hold of the laptop, the file or a backup sees nothing of the residents without the passphrase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een keer:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minstens {count} tekens; een zin van een paar woorden is sterk en goed te onthouden. Bewaar het wachtwoord op een veilige plek: zonder wachtwoord kan niemand, ook u niet en ook de helpdesk niet, de gegevens terughalen.</source>
        <translation>At least {count} characters; a sentence of a few words is strong and easy to remember. Keep the passphrase in a safe place: without it nobody, not you and not the helpdesk either, can get the data back.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database maken</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passphrases differ. Please type them again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het wachtwoord is te kort: kies er een van minstens {count} tekens.</source>
        <translation>The passphrase is too short: choose one of at least {count} characters.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>FlatApp is vergrendeld</source>
        <translation>FlatApp is locked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De gegevens zijn verborgen omdat FlatApp een tijd niet is gebruikt. Typ het wachtwoord van de database om verder te werken; wat u aan het typen was, staat er dan nog.</source>
        <translation>The data is hidden because FlatApp was not used for a while. Type the database passphrase to continue; what you were typing is still there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens zijn verborgen omdat FlatApp een tijd niet is gebruikt; wat u aan het typen was, staat er nog. Deze database is niet versleuteld: wie het bestand kan openen, kan de gegevens lezen. Versleutel hem voor echte bescherming.</source>
        <translation>The data is hidden because FlatApp was not used for a while; what you were typing is still there. This database is not encrypted: anyone who can open the file can read the data. Encrypt it for real protection.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontgrendelen als {user}</source>
        <translation>Unlock as {user}</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Dit wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation>This passphrase is not right. Please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../flatapp/gui/main_window/database_actions.py" line="+33"/>
        <source>FlatApp-database (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>FlatApp database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../flatapp/gui/main_window/window.py" line="+36"/>
        <source>1 woning</source>
        <translation>1 home</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../flatapp/gui/main_window/window.py" line="+1"/>
        <source>{count} woningen</source>
        <translation>{count} homes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>De database &apos;{target}&apos; kon niet worden geopend: {reason}</source>
        <translation>The database &apos;{target}&apos; could not be opened: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>De database &apos;{target}&apos; is versleuteld en er is geen wachtwoord gegeven. Er is niets geopend of gewijzigd.</source>
        <translation>The database &apos;{target}&apos; is encrypted and no passphrase was given. Nothing was opened or changed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mijn-flats.sqlite</source>
        <translation>my-flats.sqlite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand &apos;{path}&apos; bestaat al. FlatApp overschrijft geen bestaande bestanden; kies een andere naam, of open het bestand met Bestand › Database openen…</source>
        <translation>The file &apos;{path}&apos; already exists. FlatApp does not overwrite existing files; choose another name, or open the file with File › Open database…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FlatApp kan deze database niet openen.</source>
        <translation>FlatApp cannot open this database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe database starten…</source>
        <translation>Start a new database…</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/window.py" line="+76"/>
        <source>nog geen flat</source>
        <translation>no block yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Au&amp;tomatisch vergrendelen…</source>
        <translation>Lock &amp;automatically…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Alleen lezen: dit databasebestand (of de map) mag niet worden gewijzigd. U kunt alles bekijken en afdrukken, maar wijzigingen worden niet opgeslagen. Kopieer het bestand naar een map waar u mag schrijven om erin te werken.</source>
        <translation>Read-only: this database file (or its folder) may not be changed. You can view and print everything, but changes are not saved. Copy the file to a folder you may write to in order to work in it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aangemeld: {user}</source>
        <translation>Signed in: {user}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Geen woning gevonden voor &apos;{text}&apos;. Zoek op adres, huisnummer, woningcode of VHE-nummer.</source>
        <translation>No home found for &apos;{text}&apos;. Search by address, house number, home code or VHE number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/controller.py" line="+182"/>
        <source>Voorbeelddatabase: {where}</source>
        <translation>Demo database: {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FlatApp – {name}</source>
        <translation>FlatApp – {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(alleen lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nieuwe database gestart: {path}</source>
        <translation>New database started: {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatisch vergrendelen</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergrendel FlatApp na zoveel minuten zonder gebruik (0 = nooit):</source>
        <translation>Lock FlatApp after this many minutes without use (0 = never):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deze database heeft nog geen flats.
Kies Bestand › Woningen importeren… om de adreslijst van de corporatie in te lezen.</source>
        <translation>This database has no blocks yet.
Choose File › Import homes… to read in the housing association&apos;s address list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze flat heeft nog geen woningen.
Kies Bestand › Woningen importeren… om de adreslijst in te lezen.</source>
        <translation>This block has no homes yet.
Choose File › Import homes… to read in the address list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: {homes}</source>
        <translation>{name}: {homes}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/round_actions.py" line="+138"/>
        <location filename="../../flatapp/gui/main_window/tent_actions.py" line="+68"/>
        <source>Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad &apos;Ronde voorbereiden&apos;.</source>
        <translation>This block has no round yet. First create a round on the &apos;Prepare round&apos; tab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uitkomstcodes</source>
        <translation>Outcome codes</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Antwoorden exporteren</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antwoorden exporteren…</source>
        <translation>Exporting answers…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} gesprekken geëxporteerd naar {path}</source>
        <translation>{count} interviews exported to {path}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>S&amp;cans inlezen…</source>
        <translation>Read sca&amp;ns…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans &amp;nakijken…</source>
        <translation>Re&amp;view scans…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Scans inlezen</source>
        <translation>Read scans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scans nakijken</source>
        <translation>Review scans</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/tent_actions.py" line="-19"/>
        <source>Naar de tent</source>
        <translation>To the tent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citaten beoordelen, poster maken of de diavoorstelling starten voor de ronde die hier is gekozen</source>
        <translation>Review quotes, make a poster or start the slide show for the round chosen here</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voor welke ronde?</source>
        <translation>For which round?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inschrijvingen invoeren</source>
        <translation>Enter sign-ups</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opvolglijst</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Citaten beoordelen</source>
        <translation>Review quotes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deze ronde heeft nog geen publicatie. Posters, dia&apos;s, folders en inschrijflijsten tonen alleen gepubliceerde cijfers, zodat twee afdrukken nooit van elkaar verschillen. De cijfers van nu publiceren (kleinste groep {threshold})?</source>
        <translation>This round has no publication yet. Posters, slides, handouts and sign-up sheets show published figures only, so two prints never differ. Publish the figures of now (smallest group {threshold})?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cijfers publiceren</source>
        <translation>Publish figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De openbare cijfers van ronde &apos;{round}&apos; vastleggen. Kleinste groep die wordt getoond (nooit lager dan 5):</source>
        <translation>Freeze the public figures of round &apos;{round}&apos;. Smallest group shown (never below 5):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publicatie {number} gemaakt. Posters, dia&apos;s, folders en inschrijflijsten tonen vanaf nu deze cijfers.</source>
        <translation>Publication {number} made. Posters, slides, handouts and sign-up sheets now show these figures.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Poster maken</source>
        <translation>Make a poster</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Diavoorstelling</source>
        <translation>Slide show</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/controller.py" line="+60"/>
        <source>Ongedaan maken lukt niet</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ongedaan maken: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/main_window.ui" line="+615"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;pnieuw: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/main_window.ui" line="+5"/>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/building_actions.py" line="+50"/>
        <location line="+7"/>
        <source>Nieuwe flat</source>
        <translation>New block</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Naam van de flat:</source>
        <translation>Name of the block:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Flat hernoemen</source>
        <translation>Rename block</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nieuwe naam voor de flat:</source>
        <translation>New name for the block:</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/controller.py" line="+48"/>
        <source>Over FlatApp</source>
        <translation>About FlatApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;FlatApp {version}&lt;/h3&gt;&lt;p&gt;Voor opbouwwerkers die met vrijwilligers aanbellen in een flat: van adreslijst en deurlijsten tot de uitkomsten voor de bewoners.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer. Openbare overzichten tonen alleen totalen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlatApp {version}&lt;/h3&gt;&lt;p&gt;For community workers who knock on doors in a block of flats with volunteers: from address list and door lists to the results for the residents.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. Public summaries show totals only.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-606"/>
        <source>FlatApp</source>
        <translation>FlatApp</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Dit is een voorbeelddatabase met de fictieve Voorbeeldflat.</source>
        <translation>This is a demo database with the fictional block Voorbeeldflat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kies waar je eigen database komt; de voorbeelddatabase blijft zoals hij is.</source>
        <translation>Choose where your own database goes; the demo database stays as it is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe database starten</source>
        <translation>Start a new database</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Woningen</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Flat:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kies de flat die je wilt zien. Een database kan meerdere flats bevatten.</source>
        <translation>Choose the block you want to see. A database can hold several blocks.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De hele flat in beeld (Ctrl+0)</source>
        <translation>Show the whole block (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Zoek op adres, postcode, code of VHE-nummer (Ctrl+F)</source>
        <translation>Search by address, postcode, code or VHE number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Woninggegevens</source>
        <translation>Home details</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ronde voorbereiden</source>
        <translation>Prepare round</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deuren invullen</source>
        <translation>Door outcomes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vragenlijsten invoeren</source>
        <translation>Enter questionnaires</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Flat</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Tent</source>
        <translation>&amp;Tent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wer&amp;kgroepen</source>
        <translation>Wor&amp;king groups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wat u bij elke stap van een ronde doet, en waar u het vindt</source>
        <translation>What to do at each step of a round, and where to find it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle sneltoetsen van het venster</source>
        <translation>Every shortcut of the window</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nieuwe database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin een nieuwe, lege database in een bestand dat je zelf kiest.</source>
        <translation>Start a new, empty database in a file of your choice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open een bestaande FlatApp-database.</source>
        <translation>Open an existing FlatApp database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Woningen importeren…</source>
        <translation>&amp;Import homes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lees de adreslijst van de corporatie in (Excel of CSV).</source>
        <translation>Read in the housing association&apos;s address list (Excel or CSV).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nieuwe flat…</source>
        <translation>&amp;New block…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voeg een flat toe aan deze database.</source>
        <translation>Add a block to this database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flat &amp;hernoemen…</source>
        <translation>&amp;Rename block…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geef de gekozen flat een andere naam.</source>
        <translation>Give the chosen block another name.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Zoeken in woningen</source>
        <translation>&amp;Search homes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passend maken</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zet de hele flat in beeld.</source>
        <translation>Show the whole block.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Over FlatApp</source>
        <translation>&amp;About FlatApp</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ronde &amp;voorbereiden</source>
        <translation>&amp;Prepare round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avonden, vrijwilligers, teams en de verdeling van de deuren</source>
        <translation>Evenings, volunteers, teams and sharing out the doors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragenlijst be&amp;werken…</source>
        <translation>Edit &amp;questionnaire…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deur&amp;lijsten afdrukken…</source>
        <translation>Print door &amp;lists…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rapp&amp;ort voor gebiedsteam en corporatie…</source>
        <translation>Rep&amp;ort for area team and corporation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De ronde in een paar pagina&apos;s, intern: cijfers, tent, werkgroepen en volgende stappen (PDF)</source>
        <translation>The round in a few pages, internal: figures, tent, working groups and next steps (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uitnodi&amp;gingen afdrukken…</source>
        <translation>Print &amp;invitations…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een uitnodiging voor de tent per woning, of voor een werkgroep per lid met toestemming (PDF)</source>
        <translation>An invitation to the tent per home, or to a working group per member with consent (PDF)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een bewonersbrief over de werkgroepen en wat ze deden, voor alle bewoners (PDF, openbaar)</source>
        <translation>A letter for all residents about the working groups and what they did (PDF, public)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Du&amp;bbele invoer…</source>
        <translation>Dou&amp;ble entry…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Inschrijvingen invoeren…</source>
        <translation>Enter si&amp;gn-ups…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De inschrijflijsten uit de tent overtypen: onderwerp, naam, huisnummer of telefoon, mag contact, organiseren</source>
        <translation>Type in the sign-up sheets from the tent: topic, name, house number or phone, may contact, organise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opvolglijst…</source>
        <translation>&amp;Follow-up list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewoners die contact willen (formulier en inschrijflijsten), met status en notitie</source>
        <translation>Residents who want contact (form and sign-up sheets), with status and note</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>De vragenlijst &apos;Kennen en helpen&apos; bekijken, kopiëren of aanpassen</source>
        <translation>View, copy or change the questionnaire &apos;Kennen en helpen&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deurlijsten per team voor een avond, als PDF of naar de printer</source>
        <translation>Door lists per team for one evening, as a PDF or to the printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Papieren vragenlijsten afdrukken…</source>
        <translation>Print paper &amp;forms…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een vragenlijst per woning, met de woningcode voorgedrukt</source>
        <translation>One questionnaire per home, with the home code preprinted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Aankondigingsbrieven afdrukken…</source>
        <translation>Print &amp;announcement letters…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een brief per woning met de avonden waarop wordt aangebeld</source>
        <translation>One letter per home with the evenings when volunteers will call</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;Wat i&amp;s er gebeurd?&apos; afdrukken…</source>
        <translation>Print &apos;What ha&amp;s happened?&apos;…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deuren invullen</source>
        <translation>&amp;Door outcomes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De uitkomst per deur van een avond invoeren, één toets per uitkomst</source>
        <translation>Enter the outcome of each door for an evening, one key per outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragenlijsten &amp;invoeren</source>
        <translation>&amp;Enter questionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De papieren vragenlijsten intypen, alleen met het toetsenbord</source>
        <translation>Type in the paper questionnaires, keyboard only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een steekproef opnieuw intypen en alleen de verschillen bekijken</source>
        <translation>Type a sample again and review only the differences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antwoorden &amp;exporteren…</source>
        <translation>E&amp;xport answers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle gesprekken van de ronde als Excel- of CSV-bestand, met codes</source>
        <translation>All interviews of the round as an Excel or CSV file, with codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Uitkomstcodes…</source>
        <translation>Outcome &amp;codes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De omschrijvingen van de uitkomsten op de deurlijst aanpassen</source>
        <translation>Change the descriptions of the outcomes on the door list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respons, kennen en helpen, het netwerk en de samenhang van de ronde</source>
        <translation>Response, knowing and helping, the network and the cohesion of the round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overzicht…</source>
        <translation>&amp;Overview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De werkgroepen van deze flat: leden, partners, open en te late acties, en wat er gedaan is</source>
        <translation>The block&apos;s working groups: members, partners, open and overdue actions, and what has been done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Partners…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De partners (corporatie, jongerenwerk, buurtplatform …) en wat elk kan bieden</source>
        <translation>The partners (corporation, youth work, neighbourhood platform …) and what each can bring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deelnemers op de gevelkaart (vertrouwelijk)</source>
        <translation>Participants on the facade &amp;map (confidential)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kleur de woningen met een lid in een actieve werkgroep (alleen met toestemming); vertrouwelijk</source>
        <translation>Colour the homes with a member in an active working group (only with consent); confidential</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Citaten beoordelen…</source>
        <translation>Review &amp;quotes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De verhalen van bewoners nalezen, bewerken en goedkeuren voor de poster</source>
        <translation>Read, edit and approve residents&apos; stories for the poster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cijfers p&amp;ubliceren…</source>
        <translation>P&amp;ublish figures…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leg de openbare cijfers van de ronde vast; posters, dia&apos;s en folders tonen daarna steeds deze cijfers</source>
        <translation>Freeze the round&apos;s public figures; posters, slides and handouts then always show these figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Poster maken…</source>
        <translation>Make a &amp;poster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poster, folder en inschrijflijsten voor de tent, met een voorbeeld van de echte pagina</source>
        <translation>Poster, leaflet and sign-up sheets for the tent, with a preview of the real page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diavoorstelling starten</source>
        <translation>Start the &amp;slide show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De uitkomsten schermvullend tonen op de laptop of beamer (P: zelf laten afspelen; Esc stopt)</source>
        <translation>Show the results full screen on the laptop or projector (P: play by itself; Esc stops)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/access_actions.py" line="+33"/>
        <source>Verbinden met &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;eheer</source>
        <translation>Ad&amp;min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gebruikers…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>versleuteld</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet versleuteld</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/main_window/change_watch.py" line="+72"/>
        <source>Gewijzigd door een ander; dit scherm wordt bijgewerkt zodra u uw wijziging hebt opgeslagen.</source>
        <translation>Changed by someone else; this screen is updated once you have saved your change.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bijgewerkt met de wijzigingen van iemand anders.</source>
        <translation>Brought up to date with someone else&apos;s changes.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../flatapp/gui/groups/models.py" line="+92"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon / e-mail</source>
        <translation>Phone / e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lid sinds</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (contactpersoon)</source>
        <translation> (contact person)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bewoner (naam niet gedeeld: geen toestemming)</source>
        <translation>resident (name not shared: no consent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>OutcomeCodes</name>
    <message>
        <location filename="../../flatapp/gui/outcome_codes_dialog.py" line="+23"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telt voor de respons als</source>
        <translation>Counts for the response as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daarna nog aanbellen?</source>
        <translation>Ring again afterwards?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gesprek</source>
        <translation>interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels gesprek</source>
        <translation>partial interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weigering</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet bereikt</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valt buiten de ronde</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nee, klaar</source>
        <translation>no, done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opgeslagen: {code} {label}</source>
        <translation>Saved: {code} {label}</translation>
    </message>
</context>
<context>
    <name>OutcomeCodesDialog</name>
    <message>
        <location filename="../../ui/outcome_codes_dialog.ui" line="+9"/>
        <source>Uitkomstcodes van de ronde</source>
        <translation>Outcome codes of the round</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze nummers staan op de deurlijst en zijn de toetsen bij het invullen. De omschrijving kunt u aanpassen (dubbelklik of F2); de betekenis voor de respons (AAPOR) blijft vast.</source>
        <translation>These numbers are printed on the door list and are the keys used when entering outcomes. You can change the description (double-click or F2); the meaning for the response rate (AAPOR) stays fixed.</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <location filename="../../flatapp/gui/groups/models.py" line="+72"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan bieden (mensen, contacten, kennis, geld, middelen)</source>
        <translation>Can bring (people, contacts, knowledge, money, means)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Werkgroepen</source>
        <translation>Working groups</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../ui/partners_dialog.ui" line="+9"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De corporatie en de huismeester, het jongerenwerk, het buurtplatform, het gebiedsteam, de politie …: elk één keer. F2 of dubbelklik wijzigt een cel.</source>
        <translation>The corporation and its caretaker, youth work, the neighbourhood platform, the area team, the police …: each once. F2 or double-click changes a cell.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>naam van een nieuwe partner</source>
        <translation>name of a new partner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner &amp;toevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner &amp;verwijderen</source>
        <translation>&amp;Remove partner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/groups/partners_dialog.py" line="+67"/>
        <source>{name} toegevoegd; vul in de tabel de soort, contactpersoon en wat de partner kan bieden in.</source>
        <translation>{name} added; fill in the kind, contact person and what the partner can bring in the table.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} opgeslagen.</source>
        <translation>{name} saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies eerst in de tabel de partner die u wilt verwijderen.</source>
        <translation>First choose the partner to remove in the table.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} verwijderd.</source>
        <translation>{name} removed.</translation>
    </message>
</context>
<context>
    <name>PosterDesigner</name>
    <message>
        <location filename="../../flatapp/gui/poster_designer/style.py" line="+21"/>
        <location filename="../../ui/poster_designer.ui" line="+29"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/poster_designer.ui" line="+115"/>
        <source>Folder</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/preview_panel.py" line="+111"/>
        <location filename="../../flatapp/gui/poster_designer/style.py" line="+1"/>
        <location filename="../../ui/poster_designer.ui" line="+34"/>
        <source>Inschrijflijsten</source>
        <translation>Sign-up sheets</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/style.py" line="+3"/>
        <source>Poster opslaan als &amp;PDF…</source>
        <translation>Save poster as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder opslaan als &amp;PDF…</source>
        <translation>Save leaflet as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inschrijflijsten opslaan als &amp;PDF…</source>
        <translation>Save sign-up sheets as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/preview.py" line="+25"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/view.py" line="+96"/>
        <source>Poster maken – {building}, {round}</source>
        <translation>Make a poster – {building}, {round}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>{size} ({width} × {height} cm)</source>
        <translation>{size} ({width} × {height} cm)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spatie zet een paneel aan of uit; Alt+Pijl omhoog en omlaag verplaatsen het.</source>
        <translation>Space turns a panel on or off; Alt+Up and Alt+Down move it.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>{title} (nog niets te tonen)</source>
        <translation>{title} (nothing to show yet)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Logo kiezen</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hoofdkleur kiezen</source>
        <translation>Choose the main colour</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nog geen publicatie.</source>
        <translation>No publication yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publicatie {number} van {moment}, kleinste groep {threshold}.</source>
        <translation>Publication {number} of {moment}, smallest group {threshold}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cijfers publiceren</source>
        <translation>Publish figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De cijfers van nu vastleggen als nieuwe publicatie, met kleinste groep {threshold}? Posters, dia&apos;s, folders en inschrijflijsten tonen daarna de nieuwe cijfers.</source>
        <translation>Freeze the figures of now as a new publication, with smallest group {threshold}? Posters, slides, handouts and sign-up sheets then show the new figures.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/preview_panel.py" line="-72"/>
        <source>Het voorbeeld kon niet worden gemaakt: {error}</source>
        <translation>The preview could not be made: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het voorbeeld kon niet worden gelezen.</source>
        <translation>The preview could not be read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Met deze panelen wordt de letter {percent}% kleiner dan gepland en is de poster minder goed te lezen van drie meter. Kies minder panelen, staand of een groter formaat.</source>
        <translation>With these panels the type becomes {percent}% smaller than planned and the poster is harder to read from three metres. Choose fewer panels, portrait or a larger size.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let op: {notice}</source>
        <translation>Note: {notice}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pagina {page} van {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../flatapp/gui/poster_designer/saving.py" line="+125"/>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../flatapp/gui/poster_designer/saving.py" line="+1"/>
        <source>{pages} pagina&apos;s</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poster {size}, {orientation}</source>
        <translation>Poster {size}, {orientation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liggend</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staand</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder {size}</source>
        <translation>Leaflet {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld: {what} · {count}</source>
        <translation>Preview: {what} · {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Er zijn nog geen onderwerpen om lijsten voor te maken.</source>
        <translation>There are no topics to make sheets for yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén lijst per onderwerp: {topics}.</source>
        <translation>One sheet per topic: {topics}.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/poster_designer/saving.py" line="-90"/>
        <source>ronde</source>
        <translation>round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder-{round}-{size}</source>
        <translation>leaflet-{round}-{size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inschrijflijsten-{round}</source>
        <translation>sign-up-sheets-{round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poster-{round}-{size}</source>
        <translation>poster-{round}-{size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{document} maken en opslaan…</source>
        <translation>Making and saving {document}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opgeslagen: {path} ({pages})</source>
        <translation>Saved: {path} ({pages})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Naar de printer gestuurd ({pages}).</source>
        <translation>Sent to the printer ({pages}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dia&apos;s maken…</source>
        <translation>Making the slides…</translation>
    </message>
    <message>
        <location filename="../../ui/poster_designer.ui" line="-169"/>
        <source>Poster maken</source>
        <translation>Make a poster</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <source>&amp;Formaat</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Richting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>s&amp;taand</source>
        <translation>por&amp;trait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;liggend</source>
        <translation>&amp;landscape</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opzet</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>één poster &amp;met alle panelen</source>
        <translation>one poster with &amp;all panels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>een poster per t&amp;hema</source>
        <translation>one poster per t&amp;heme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pa&amp;nelen</source>
        <translation>Pa&amp;nels</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paneel omhoog (Alt+Pijl omhoog)</source>
        <translation>Panel up (Alt+Up)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paneel omlaag (Alt+Pijl omlaag)</source>
        <translation>Panel down (Alt+Down)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vink aan wat op de poster komt. Sleep een paneel, of gebruik de pijlen (Alt+Pijl omhoog/omlaag), om de volgorde te kiezen. Een paneel in cursief heeft nog niets openbaars: er komt een zin op in plaats van cijfers.</source>
        <translation>Tick what goes on the poster. Drag a panel, or use the arrows (Alt+Up/Down), to choose the order. A panel in italics has nothing public yet: it shows a sentence instead of figures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;itel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Hoe verder</source>
        <translation>&amp;Next steps</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Een folder om mee te geven: de belangrijkste uitkomsten en wat er nu gaat gebeuren, in uw eigen woorden.</source>
        <translation>A leaflet to take home: the main results and what happens next, in your own words.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Regels per lijst</source>
        <translation>&amp;Lines per sheet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Afzender en huisstijl (voor alles)</source>
        <translation>Sender and house style (for everything)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijv. Welzijn Sneek</source>
        <translation>e.g. Welzijn Sneek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijv. Vragen? Bel Anja, 06-12345678</source>
        <translation>e.g. Questions? Call Anja, 06-12345678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen logo (PNG of JPG)</source>
        <translation>no logo (PNG or JPG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wissen</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kleur</source>
        <translation>Colo&amp;ur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kl&amp;einste groep</source>
        <translation>S&amp;mallest group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groepen kleiner dan dit aantal worden niet getoond; hoger is strenger. Nooit lager dan 5.</source>
        <translation>Groups smaller than this number are not shown; higher is stricter. Never lower than 5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kleinste groep voor de volgende publicatie: groepen kleiner dan dit aantal worden niet getoond; hoger is strenger. Nooit lager dan 5.</source>
        <translation>Smallest group for the next publication: groups smaller than this are not shown; higher is stricter. Never below 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bewoners</source>
        <translation> residents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Publiceren…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg de cijfers van nu vast met deze kleinste groep. Cijfers die door vergelijken met een eerdere publicatie enkele bewoners zouden verraden, blijven zoals ze waren.</source>
        <translation>Freeze the figures of now with this smallest group. Figures that would give away a few residents when compared with an earlier publication stay as they were.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Diavoorstelling</source>
        <translation>Slide sho&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gekozen panelen als dia&apos;s, schermvullend (op de beamer als die is aangesloten). Pijltjes of spatie: volgende dia; P: zelf laten afspelen, steeds opnieuw; Esc: stoppen.</source>
        <translation>The chosen panels as slides, full screen (on the projector when one is connected). Arrows or space: next slide; P: play by itself, over and over; Esc: stop.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sluiten</source>
        <translation>Clos&amp;e</translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message>
        <location filename="../../flatapp/gui/print_pdf.py" line="+39"/>
        <source>Printen kan niet: het onderdeel QtPdf ontbreekt in deze installatie. Open de PDF en print die vanuit een PDF-lezer.</source>
        <translation>Cannot print: the QtPdf component is missing from this installation. Open the PDF and print it from a PDF reader.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De PDF &apos;{name}&apos; kan niet worden geopend om te printen.</source>
        <translation>The PDF &apos;{name}&apos; cannot be opened for printing.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printen</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>De printer kan niet worden gestart. Controleer of de printer aan staat.</source>
        <translation>The printer cannot be started. Check that the printer is switched on.</translation>
    </message>
</context>
<context>
    <name>PrintRoundDialog</name>
    <message>
        <location filename="../../flatapp/gui/print_round_dialog.py" line="+81"/>
        <source>Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad &apos;Ronde voorbereiden&apos;.</source>
        <translation>This block has no round yet. First create a round on the &apos;Prepare round&apos; tab.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ronde</source>
        <translation>round</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deurlijsten</source>
        <translation>Door lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vragenlijsten</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kies eerst een ronde.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze ronde heeft nog geen avonden; plan eerst een avond.</source>
        <translation>This round has no evenings yet; plan an evening first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deurlijsten maken…</source>
        <translation>Making door lists…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vragenlijsten maken…</source>
        <translation>Making questionnaires…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Brieven maken…</source>
        <translation>Making letters…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opgeslagen: {summary}</source>
        <translation>Saved: {summary}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Naar de printer gestuurd: {what} ({pages} pagina&apos;s).</source>
        <translation>Sent to the printer: {what} ({pages} pages).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let op: {notice}</source>
        <translation>Note: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/print_round_dialog.ui" line="+9"/>
        <source>Afdrukken voor de ronde</source>
        <translation>Print for the round</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deurlijsten per team</source>
        <translation>Door lists per team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papieren vragenlijsten per woning</source>
        <translation>Paper questionnaires per home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aankondigingsbrieven per woning</source>
        <translation>Announcement letters per home</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Avond</source>
        <translation>&amp;Evening</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Op de deurlijst staan alleen de deuren die nog open staan: geen gesprek, geen weigering en niet &apos;niet meer aanbellen&apos;. Namen en antwoorden komen er nooit op.</source>
        <translation>The door list shows only the doors still open: no interview, no refusal and not &apos;do not call again&apos;. Names and answers never appear on it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alleen woningen waar nog geen gesprek of weigering is</source>
        <translation>Only homes with no interview or refusal yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle woningen van de flat</source>
        <translation>All homes in the block</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dubbelzijdig (elke woning op eigen vellen)</source>
        <translation>&amp;Double-sided (each home on its own sheets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een vragenlijst met een oneven aantal pagina&apos;s krijgt een lege achterkant, zodat bij dubbelzijdig printen geen twee woningen een vel delen.</source>
        <translation>A questionnaire with an odd number of pages gets a blank back, so that no two homes share a sheet when printing double-sided.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elke vragenlijst krijgt de woningcode en het adres voorgedrukt, met de vragen in dezelfde volgorde en met dezelfde codes als het invoerscherm.</source>
        <translation>Each questionnaire has the home code and address preprinted, with the questions in the same order and with the same codes as the entry screen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijv. Welzijn Sneek</source>
        <translation>e.g. Welzijn Sneek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen logo (PNG of JPG, mag leeg blijven)</source>
        <translation>no logo (PNG or JPG, may be left empty)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Te&amp;kst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Elke brief begint met &quot;Aan de bewoners van&quot; en het adres. De avonden komen in een kader waar de tekst {avonden} staat, anders vóór de laatste alinea.</source>
        <translation>Each letter starts with &quot;Aan de bewoners van&quot; (to the residents of) and the address. The evenings go in a box where the text says {avonden}, otherwise before the last paragraph.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../flatapp/gui/privacy_controller.py" line="+33"/>
        <location line="+163"/>
        <source>Gegevens wissen</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Alle persoonsgegevens van woning {code} ({address}) wissen?</source>
        <translation>Erase all personal data of home {code} ({address})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>er staan geen persoonsgegevens van deze woning in de database</source>
        <translation>the database holds no personal data of this home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit wordt gewist:&lt;ul&gt;{items}&lt;/ul&gt;Het adres blijft (het hoort bij de flat). Publicaties die al gemaakt waren blijven zoals ze waren. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This will be erased:&lt;ul&gt;{items}&lt;/ul&gt;The address stays (it belongs to the block). Publications already made stay as they were. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+91"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>De toestemming &apos;{purpose}&apos; van woning {code} in ronde &apos;{round}&apos; intrekken, met de datum van vandaag? Vanaf nu gebruikt geen enkele uitvoer die toestemming meer.</source>
        <translation>Withdraw the consent &apos;{purpose}&apos; of home {code} in round &apos;{round}&apos;, dated today? From now on no output uses that consent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegevens van deze woning &amp;wissen…</source>
        <translation>&amp;Erase the data of this home…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inzage voor deze woning (PDF)…</source>
        <translation>&amp;Access letter for this home (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bewaartermijnen en opschonen…</source>
        <translation>&amp;Retention and purge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verwerkingsregister (PDF)…</source>
        <translation>&amp;Processing record (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy&amp;logboek…</source>
        <translation>Privacy &amp;log…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Toestemming &apos;{purpose}&apos; van woning {code} ingetrokken.</source>
        <translation>Consent &apos;{purpose}&apos; of home {code} withdrawn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Deze flat heeft nog geen ronde; toestemming hoort bij een ronde.</source>
        <translation>This block has no round yet; consent belongs to a round.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>De gegevens van woning {code} zijn gewist. {compact}</source>
        <translation>The data of home {code} has been erased. {compact}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} oudere reservekopieën bevatten de gegevens nog; verwijder ze via Privacy › Bewaartermijnen en opschonen.</source>
        <translation>{count} older backups still hold the data; remove them via Privacy › Retention and purge.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Inzage voor deze woning</source>
        <translation>Access letter for this home</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+89"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Inzage opslaan…</source>
        <translation>Saving the access letter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inzage voor woning {code} opgeslagen als {path} (vertrouwelijk: alleen voor de bewoners zelf).</source>
        <translation>Access letter for home {code} saved as {path} (confidential: for the residents themselves only).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bewaartermijn verstreken: de persoonsgegevens van {names} moeten worden opgeschoond.</source>
        <translation>Retention period over: the personal data of {names} must be purged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ook 1 oude reservekopie bevat ze nog.</source>
        <translation>1 old backup still holds it too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ook {count} oude reservekopieën bevatten ze nog.</source>
        <translation>{count} old backups still hold it too.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opschonen…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Verwerkingsregister</source>
        <translation>Processing record</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verwerkingsregister opslaan…</source>
        <translation>Saving the processing record…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verwerkingsregister opgeslagen als {path}.</source>
        <translation>Processing record saved as {path}.</translation>
    </message>
</context>
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <location filename="../../flatapp/gui/privacy_log_dialog.py" line="+62"/>
        <source>Privacylogboek</source>
        <translation>Privacy log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elke uitvoer met persoonsgegevens, elke afdruk met namen, elke wijziging van toestemming, elk wissen en opschonen en elke publicatie: wie, wanneer, wat en waarheen. Nieuwste bovenaan.</source>
        <translation>Every output with personal data, every print with names, every change of consent, every erasure and purge and every publication: who, when, what and where to. Newest first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vanaf:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Exporteren als CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 regel</source>
        <translation>1 line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} regels</source>
        <translation>{count} lines</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Privacylogboek exporteren</source>
        <translation>Export privacy log</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV voor Excel (*.csv);;Excel-werkmap (*.xlsx)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacylogboek exporteren…</source>
        <translation>Exporting the privacy log…</translation>
    </message>
</context>
<context>
    <name>PrivacyLogModel</name>
    <message>
        <location line="-106"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveau</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditorDialog</name>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/draft.py" line="+25"/>
        <source>Eén antwoord kiezen</source>
        <translation>Choose one answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meerdere antwoorden kiezen</source>
        <translation>Choose several answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja / nee</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eens / oneens (5 punten)</source>
        <translation>Agree / disagree (5 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woningen in deze flat (huisnummers)</source>
        <translation>Homes in this block (house numbers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korte tekst</source>
        <translation>Short text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lange tekst</source>
        <translation>Long text</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>vraag {code}: bij ‘Sla over als’ staan alleen antwoordcodes (getallen), gescheiden door komma’s.</source>
        <translation>question {code}: ‘Skip if’ takes only answer codes (numbers), separated by commas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vraag {code}: geef bij ‘Sla over als’ de antwoordcode(s) van vraag {source}.</source>
        <translation>question {code}: give the answer code(s) of question {source} under ‘Skip if’.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/models.py" line="+97"/>
        <location filename="../../ui/questionnaire_editor.ui" line="+263"/>
        <source>Titel, inleiding en slot</source>
        <translation>Title, introduction and closing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(onderdeel zonder titel)</source>
        <translation>(untitled section)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  · optioneel</source>
        <translation>  · optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderdeel {code}: {count} vragen</source>
        <translation>Section {code}: {count} questions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nog geen tekst)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoordtekst</source>
        <translation>Answer text</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/versions.py" line="+41"/>
        <source>De vragenlijst ‘Kennen en helpen’ kon niet worden klaargezet: {error}</source>
        <translation>The questionnaire ‘Kennen en helpen’ could not be set up: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De vragenlijsten konden niet worden gelezen: {error}</source>
        <translation>The questionnaires could not be read: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} · versie {number}</source>
        <translation>{name} · version {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (vastgezet)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Versie {number} is vastgezet, omdat er al antwoorden mee zijn ingevoerd. Als u opslaat, maakt FlatApp een nieuwe versie {next}; versie {number} blijft zoals hij is.</source>
        <translation>Version {number} is locked because answers have already been entered with it. When you save, FlatApp makes a new version {next}; version {number} stays as it is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Opslaan als versie {next}</source>
        <translation>Sa&amp;ve as version {next}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/questionnaire_editor.ui" line="+747"/>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze versie hoort bij {count} ronde(s) waarvoor nog geen antwoorden zijn ingevoerd. Wijzigingen gelden ook voor die ronde(s).</source>
        <translation>This version belongs to {count} round(s) with no answers entered yet. Changes also apply to those round(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vragenlijst bewerken – {name}, versie {number}</source>
        <translation>Edit questionnaire – {name}, version {number}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/dialog.py" line="+174"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/panels.py" line="+89"/>
        <source>Onderdeel {number} van {total}</source>
        <translation>Section {number} of {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} vragen. De code van een optioneel onderdeel gebruikt een ronde om het aan of uit te zetten; verander hem liever niet meer als er al rondes mee gepland zijn.</source>
        <translation>{count} questions. A round uses the code of an optional section to switch it on or off; better not change it once rounds have been planned with it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vraag {number} van {total} · {section}</source>
        <translation>Question {number} of {total} · {section}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(nooit overslaan)</source>
        <translation>(never skip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} (staat niet vóór deze vraag)</source>
        <translation>{code} (not before this question)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deze vraag wordt altijd gesteld.</source>
        <translation>This question is always asked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vraag {code} bestaat niet (meer).</source>
        <translation>Question {code} does not exist (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord op {code} is een getal van {low} tot en met {high}.</source>
        <translation>The answer to {code} is a number from {low} to {high} inclusive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antwoordcodes van {code}: {codes}</source>
        <translation>Answer codes of {code}: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vraag {code} heeft geen antwoordcodes; kies een keuzevraag.</source>
        <translation>Question {code} has no answer codes; choose a multiple-choice question.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>De code is wat de vrijwilliger omcirkelt en wat later wordt ingetypt (0 tot en met 99).</source>
        <translation>The code is what the volunteer circles and what is typed in later (0 to 99).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit soort vraag heeft vaste antwoorden met vaste codes.</source>
        <translation>This type of question has fixed answers with fixed codes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alleen voor keuzevragen (één antwoord, meerdere antwoorden of ja / nee): alleen die staan als percentage op de poster, in de folder en op de dia’s.</source>
        <translation>Only for choice questions (one answer, several answers or yes / no): only those appear as percentages on the poster, in the leaflet and on the slides.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/structure.py" line="+34"/>
        <location line="+25"/>
        <source>Nieuw onderdeel</source>
        <translation>New section</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Onderdeel verwijderen</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het onderdeel ‘{title}’ met {count} vragen verwijderen?</source>
        <translation>Delete the section ‘{title}’ with {count} questions?</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/questionnaire_editor/versions.py" line="+50"/>
        <source>Opslaan is mislukt; er is niets veranderd. ({error})</source>
        <translation>Saving failed; nothing was changed. ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opgeslagen als nieuwe versie {number}; versie {old} is niet veranderd.</source>
        <translation>Saved as new version {number}; version {old} was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn wijzigingen in de vragenlijst die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>The questionnaire has changes that have not been saved yet. Do you want to save them?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} (kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kopie maken</source>
        <translation>Make a copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van de nieuwe vragenlijst (het origineel blijft zoals het is):</source>
        <translation>Name of the new questionnaire (the original stays as it is):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>De kopie is niet gemaakt; er is niets veranderd. ({error})</source>
        <translation>The copy was not made; nothing was changed. ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kopie ‘{name}’ gemaakt; u bewerkt nu de kopie.</source>
        <translation>Copy ‘{name}’ made; you are now editing the copy.</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_editor.ui" line="-990"/>
        <source>Vragenlijst bewerken</source>
        <translation>Edit questionnaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Vragenlijst:</source>
        <translation>Question&amp;naire:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Kopie maken…</source>
        <translation>Make a &amp;copy…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een nieuwe vragenlijst maken met deze vragen, om die aan te passen zonder het origineel te veranderen.</source>
        <translation>Make a new questionnaire with these questions, to change them without changing the original.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Vraag toe&amp;voegen</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een nieuwe vraag onder de gekozen vraag (Ctrl+N)</source>
        <translation>A new question below the chosen question (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;nderdeel toevoegen</source>
        <translation>Add &amp;section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een nieuw onderdeel (kopje) onder het gekozen onderdeel</source>
        <translation>A new section (heading) below the chosen section</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De gekozen vraag of het onderdeel een plaats omhoog (Ctrl+Pijl omhoog)</source>
        <translation>Move the chosen question or section up one place (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De gekozen vraag of het onderdeel een plaats omlaag (Ctrl+Pijl omlaag)</source>
        <translation>Move the chosen question or section down one place (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De gekozen vraag of het onderdeel verwijderen</source>
        <translation>Delete the chosen question or section</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+119"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Inleiding</source>
        <translation>&amp;Introduction</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>De vrijwilliger leest de inleiding voor aan het begin van het gesprek. Hij staat bovenaan het papieren formulier.</source>
        <translation>The volunteer reads the introduction out at the start of the interview. It is at the top of the paper form.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Slottekst</source>
        <translation>C&amp;losing text</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+86"/>
        <source>&amp;Code</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Optioneel onderdeel: per ronde te kiezen of het gevraagd wordt</source>
        <translation>Optional section: chosen per round whether it is asked</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Vraag&amp;tekst</source>
        <translation>Question te&amp;xt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Soort</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij het invoeren moet deze vraag een antwoord hebben.</source>
        <translation>This question must have an answer when entering forms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toestemmingsvraag</source>
        <translation>Consent question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tekst wordt helemaal geprint en voorgelezen; nooit openbaar getoond.</source>
        <translation>The text is printed and read out in full; never shown publicly.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Persoonsgegevens</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam, telefoon of e-mail: alleen ingevuld en bewaard met toestemming.</source>
        <translation>Name, phone or email: filled in and kept only with consent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Omgekeerd scoren</source>
        <translation>Reverse scoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voor een negatief geformuleerde uitspraak (zoals ‘kennen elkaar nauwelijks’).</source>
        <translation>For a negatively worded statement (such as ‘hardly know each other’).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gevoelig: in openbare uitvoer nooit 0% of 100%</source>
        <translation>Sensitive: never 0% or 100% in public output</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voor een vraag waar buren gevoelig voor zijn (overlast over met name genoemde dingen, contactwensen): poster, folder en dia’s tonen nooit 0% of 100%, want dan weet iedereen wat elke bewoner antwoordde.</source>
        <translation>For a question neighbours are sensitive about (nuisance from things named, wishes for contact): the poster, leaflet and slides never show 0% or 100%, because then everyone would know what every resident answered.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bereik</source>
        <translation>&amp;Range</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tot en met</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Toe&amp;lichting</source>
        <translation>&amp;Help text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kleine tekst onder de vraag, bijv. ‘Meerdere antwoorden mogelijk.’</source>
        <translation>Small text below the question, e.g. ‘More than one answer possible.’</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Antwoorden</source>
        <translation>&amp;Answers</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Ant&amp;woord toevoegen</source>
        <translation>Add answ&amp;er</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een antwoord toevoegen met de volgende vrije code (Insert in de tabel)</source>
        <translation>Add an answer with the next free code (Insert in the table)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antwoord verwijderen</source>
        <translation>Delete answer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het gekozen antwoord verwijderen (Delete in de tabel)</source>
        <translation>Delete the chosen answer (Delete in the table)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het gekozen antwoord een plaats omhoog</source>
        <translation>Move the chosen answer up one place</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het gekozen antwoord een plaats omlaag</source>
        <translation>Move the chosen answer down one place</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sla ove&amp;r als</source>
        <translation>S&amp;kip if</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>het antwoord is</source>
        <translation>the answer is</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bijv. 0 of 1, 2</source>
        <translation>e.g. 0 or 1, 2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuoteApproval</name>
    <message>
        <location filename="../../flatapp/gui/quote_approval_dialog.py" line="+42"/>
        <source>nog beoordelen</source>
        <translation>to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewijzigd na beoordeling</source>
        <translation>changed after review</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Citaten beoordelen – {round}</source>
        <translation>Review quotes – {round}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deze tekst mag op de poster (Ctrl+Enter)</source>
        <translation>This text may go on the poster (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit verhaal komt niet op de poster</source>
        <translation>This story does not go on the poster</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{total} verhalen: {open} nog te beoordelen, {approved} goedgekeurd, {rejected} afgewezen</source>
        <translation>{total} stories: {open} to review, {approved} approved, {rejected} rejected</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(afgewezen)</source>
        <translation>(rejected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het verhaal is gecorrigeerd na de beoordeling door {who} op {when}; de oude beslissing telt niet meer. Eerder goedgekeurde tekst: {earlier}</source>
        <translation>The story was corrected after the review by {who} on {when}; the old decision no longer counts. Text approved before: {earlier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goedgekeurd door {who} op {when}.</source>
        <translation>Approved by {who} on {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgewezen door {who} op {when}.</source>
        <translation>Rejected by {who} on {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} / {limit} tekens</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen getallen, adressen of namen gevonden. Lees de tekst toch zelf na.</source>
        <translation>No numbers, addresses or names found. Do read the text yourself as well.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goedgekeurd: “{text}”</source>
        <translation>Approved: “{text}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Afgewezen: dit verhaal komt niet op de poster.</source>
        <translation>Rejected: this story does not go on the poster.</translation>
    </message>
</context>
<context>
    <name>QuoteApprovalDialog</name>
    <message>
        <location filename="../../ui/quote_approval_dialog.ui" line="+9"/>
        <source>Citaten beoordelen</source>
        <translation>Review quotes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een verhaal komt alleen op de poster als de bewoner toestemming gaf én u de tekst goedkeurt. Haal namen, huisnummers en andere details weg die naar één woning of persoon wijzen.</source>
        <translation>A story only goes on the poster when the resident gave consent and you approve the text. Remove names, house numbers and other details that point to one home or person.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In deze ronde zijn nog geen verhalen waarvoor de bewoner toestemming gaf. Zodra een ingevoerd gesprek een verhaal heeft (vraag VH1) en de bewoner &apos;ja&apos; zei op het tonen ervan (vraag VH2), staat het hier om te beoordelen.</source>
        <translation>This round has no stories yet that the resident consented to show. As soon as an entered conversation has a story (question VH1) and the resident said &apos;yes&apos; to showing it (question VH2), it appears here for review.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Verhalen met toestemming</source>
        <translation>&amp;Stories with consent</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wat de bewoner vertelde (zoals ingevoerd)</source>
        <translation>What the resident told (as entered)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Tekst voor de poster</source>
        <translation>&amp;Text for the poster</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Af&amp;wijzen</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Goedkeuren</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ctrl+Enter keurt de tekst goed en gaat naar het volgende verhaal.</source>
        <translation>Ctrl+Enter approves the text and goes to the next story.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ReportingDialogs</name>
    <message>
        <location filename="../../flatapp/gui/reporting_dialogs.py" line="+82"/>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Afzender en tent — {round}</source>
        <translation>Sender and tent — {round}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afzender van brieven en uitnodigingen</source>
        <translation>Sender of letters and invitations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bijvoorbeeld opbouwwerker</source>
        <translation>for example community worker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo van de organisatie</source>
        <translation>Logo of the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo van de woningcorporatie</source>
        <translation>Logo of the housing corporation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&amp;Functie</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo organisatie</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Woningcorporatie</source>
        <translation>&amp;Housing corporation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo corporatie</source>
        <translation>Corporation logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De tent</source>
        <translation>The tent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum van de tent is bekend</source>
        <translation>The tent&apos;s &amp;date is known</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+176"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Vervolgronde plannen</source>
        <translation>Plan the next round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een nieuwe ronde op {building} met dezelfde vragenlijst, vrijwilligers, teams, afzender en corporatie als &apos;{round}&apos;. Avonden, bezoeken en antwoorden horen bij de nieuwe ronde.</source>
        <translation>A new round on {building} with the same questionnaire, volunteers, teams, sender and corporation as &apos;{round}&apos;. Evenings, visits and answers belong to the new round.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plannen</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Terugkoppeling</source>
        <translation>Reporting back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rapport voor gebiedsteam en corporatie (intern)</source>
        <translation>Report for area team and corporation (internal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitnodiging voor de tent, per woning (openbaar)</source>
        <translation>Invitation to the tent, per home (public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitnodiging voor een werkgroep, per lid met toestemming (vertrouwelijk)</source>
        <translation>Invitation to a working group, per member with consent (confidential)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;Wat is er gebeurd?&apos; voor alle bewoners (openbaar)</source>
        <translation>&apos;What has happened?&apos; for all residents (public)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijeenkomst van de werkgroep</source>
        <translation>Working group meeting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bijvoorbeeld in de ontmoetingsruimte van portiek A</source>
        <translation>for example in the meeting room of entrance A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wat er op tafel ligt (één zin)</source>
        <translation>what is on the table (one sentence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Werkgroep</source>
        <translation>&amp;Working group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad &apos;Ronde voorbereiden&apos;.</source>
        <translation>This block has no round yet. First create a round on the &apos;Prepare round&apos; tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Intern: geen namen, geen woningcodes, geen cijfers over minder dan 10 bewoners, alleen goedgekeurde citaten.</source>
        <translation>Internal: no names, no home codes, no figures about fewer than 10 residents, approved quotes only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum, tijd en plaats van de tent en de contactpersoon komen uit Ronde voorbereiden › Afzender en tent…</source>
        <translation>The tent&apos;s date, time and place and the contact person come from Prepare round › Sender and tent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen leden die toestemming gaven om benaderd te worden, krijgen een uitnodiging. Het afdrukken wordt gelogd.</source>
        <translation>Only members who consented to be contacted get an invitation. The print is logged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Openbaar: uit de publicatie en de werkgroepen (aantallen, nooit namen).</source>
        <translation>Public: from the publication and the working groups (counts, never names).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uitnodigingen tent</source>
        <translation>Tent invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitnodigingen werkgroep</source>
        <translation>Working group invitations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat is er gebeurd</source>
        <translation>What has happened</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kies eerst een ronde.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze flat heeft nog geen werkgroep; maak er eerst een aan.</source>
        <translation>This block has no working group yet; create one first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} maken en opslaan…</source>
        <translation>Making and saving {what}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opgeslagen: {summary}</source>
        <translation>Saved: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let op: {notice}</source>
        <translation>Note: {notice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../flatapp/gui/results_page/tables.py" line="+53"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>beter</source>
        <translation>better</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slechter</source>
        <translation>worse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/results_page/network.py" line="+35"/>
        <source>Wie kent wie, op de gevel</source>
        <translation>Who knows whom, on the facade</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>gesproken</source>
        <translation>interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gesproken, maar geïsoleerd</source>
        <translation>interviewed, but isolated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet gesproken, wel genoemd</source>
        <translation>not interviewed, but named</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet gesproken</source>
        <translation>not interviewed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gesproken; noemt {named} buren, genoemd door {named_by}</source>
        <translation>Interviewed; names {named} neighbours, named by {named_by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geïsoleerd: noemt niemand en wordt door niemand genoemd</source>
        <translation>Isolated: names nobody and is named by nobody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet gesproken; genoemd door {named_by}</source>
        <translation>Not interviewed; named by {named_by}</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/results_page/page.py" line="+60"/>
        <source>Deze flat heeft nog geen woningen.</source>
        <translation>This block has no homes yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Alle portieken</source>
        <translation>All entrances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle verdiepingen</source>
        <translation>All floors</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kies een ronde …</source>
        <translation>Choose a round …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Er is nog geen andere ronde om mee te vergelijken.</source>
        <translation>There is no other round to compare with yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies hierboven een ronde om deze ronde mee te vergelijken.</source>
        <translation>Choose a round above to compare this round with.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verschil = {after} min {before}. Groen is beter, rood is slechter (alleen waar dat duidelijk is); — betekent: niet bekend in die ronde.</source>
        <translation>Difference = {after} minus {before}. Green is better, red is worse (only where that is clear); — means: not known in that round.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twee flats worden als geheel vergeleken, zonder de filters op portiek en verdieping.</source>
        <translation>Two blocks are compared as a whole, without the entrance and floor filters.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad &apos;Ronde voorbereiden&apos; en voer de gesprekken in; dan staan hier de uitkomsten.</source>
        <translation>This block has no round yet. First create a round on the &apos;Prepare round&apos; tab and enter the interviews; the results then appear here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De berekening van de uitkomsten ontbreekt in deze installatie. Installeer FlatApp opnieuw.</source>
        <translation>The results calculation is missing from this installation. Please reinstall FlatApp.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nog geen gesprekken in deze ronde: er zijn nog geen antwoorden om te tonen.</source>
        <translation>No interviews in this round yet: there are no answers to show.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let op: minder dan {n} gesprekken in deze selectie ({count}); de percentages zijn onzeker.</source>
        <translation>Note: fewer than {n} interviews in this selection ({count}); the percentages are uncertain.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/results_page/overview.py" line="+45"/>
        <source>huishoudens gesproken</source>
        <translation>households interviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(en {n} deels)</source>
        <translation>(and {n} partly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minder dan {n}: onzeker</source>
        <translation>fewer than {n}: uncertain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{spoken} van de {eligible}</source>
        <translation>{spoken} of {eligible}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgeronde formulieren, van de {eligible} bewoonde woningen (de flat telt {homes} woningen; leegstand en geen woning tellen niet mee).</source>
        <translation>Completed forms, of the {eligible} occupied homes (the block has {homes} homes; vacant ones and non-homes do not count).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>respons (RR1), van de {n} bewoonde woningen</source>
        <translation>response (RR1), of the {n} occupied homes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact gehad, van de {n} bewoonde woningen</source>
        <translation>contact made, of the {n} occupied homes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weigering, van de {n} bewoonde woningen</source>
        <translation>refusal, of the {n} occupied homes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respons per portiek (van de bewoonde woningen)</source>
        <translation>Response per entrance (of the occupied homes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respons per verdieping (van de bewoonde woningen)</source>
        <translation>Response per floor (of the occupied homes)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Volledige gesprekken gedeeld door de {n} woningen die meetellen (leegstand en geen woning niet meegeteld); AAPOR-definitie RR1.</source>
        <translation>Complete interviews divided by the {n} eligible homes (vacant units and non-homes excluded); AAPOR definition RR1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gesproken, geweigerd of een ander contact, van de woningen die meetellen.</source>
        <translation>Interviewed, refused or other contact, of the eligible homes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bewoners die geen gesprek wilden, van de woningen die meetellen.</source>
        <translation>Residents who did not want an interview, of the eligible homes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>samenhang: niet gevraagd in deze ronde</source>
        <translation>cohesion: not asked in this round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>samenhang: nog te weinig antwoorden (Nederland {national})</source>
        <translation>cohesion: too few answers yet (Netherlands {national})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>samenhang (0–10); Nederland {national} ({year})</source>
        <translation>cohesion (0–10); Netherlands {national} ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benadering van de CBS-methode; {n} bewoners. Landelijk van {low} (zeer stedelijk) tot {high} (landelijk). Bron: {source}.</source>
        <translation>Approximation of the CBS method; {n} residents. Nationally from {low} (very urban) to {high} (rural). Source: {source}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bewoond</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gesprekken</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portiek</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdieping</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per avond</source>
        <translation>Per evening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aangebeld</source>
        <translation>Doors rung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesproken aan de deur</source>
        <translation>Spoken at the door</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/results_page/confidential.py" line="+27"/>
        <source>&lt;p&gt;Er is geen netwerk te tonen: deze ronde vroeg niet welke buren men kent, of er zijn nog geen antwoorden.&lt;/p&gt;</source>
        <translation>&lt;p&gt;There is no network to show: this round did not ask which neighbours people know, or there are no answers yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gesproken bewoners</source>
        <translation>Residents interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genoemde buren (banden)</source>
        <translation>Neighbours named (ties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemiddeld aantal genoemd</source>
        <translation>Average number named</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geïsoleerd (kent niemand, niet genoemd)</source>
        <translation>Isolated (knows nobody, not named)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wederzijds (tussen gesproken bewoners)</source>
        <translation>Mutual (between interviewed residents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dichtheid</source>
        <translation>Density</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losse groepjes</source>
        <translation>Separate groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelfde verdieping</source>
        <translation>Same floor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelfde portiek, andere verdieping</source>
        <translation>Same entrance, other floor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tussen portieken</source>
        <translation>Across entrances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;span style=&apos;color:{mutual}; font-weight:bold&apos;&gt;━━ groen&lt;/span&gt;: kennen elkaar allebei (wederzijds)&lt;br&gt;&lt;span style=&apos;color:{one_way}; font-weight:bold&apos;&gt;─→ blauw&lt;/span&gt;: noemt de ander (één kant op)&lt;br&gt;&lt;span style=&apos;color:{isolated}; font-weight:bold&apos;&gt;oranje rand&lt;/span&gt;: geïsoleerd&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;color:{mutual}; font-weight:bold&apos;&gt;━━ green&lt;/span&gt;: know each other (mutual)&lt;br&gt;&lt;span style=&apos;color:{one_way}; font-weight:bold&apos;&gt;─→ blue&lt;/span&gt;: names the other (one way)&lt;br&gt;&lt;span style=&apos;color:{isolated}; font-weight:bold&apos;&gt;orange ring&lt;/span&gt;: isolated&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wie kent wie?</source>
        <translation>Who knows whom?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Niemand om op te volgen: er zijn geen geïsoleerde bewoners of hulpvragen van bewoners die toestemming gaven om contact op te nemen.</source>
        <translation>Nobody to follow up: there are no isolated residents or requests for help from residents who agreed to be contacted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 bewoner antwoordde</source>
        <translation>1 resident answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bewoners antwoordden</source>
        <translation>{n} residents answered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Niemand gaf op deze vraag een antwoord.</source>
        <translation>Nobody answered this question.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nog geen open antwoorden: geen bewoner schreef iets op bij de open vragen van deze ronde.</source>
        <translation>No open answers yet: no resident wrote anything for the open questions of this round.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.ui" line="+14"/>
        <source>Uitkomsten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Portiek</source>
        <translation>&amp;Entrance</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Verdieping</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Ver&amp;gelijken</source>
        <translation>Com&amp;pare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vergelijken &amp;met</source>
        <translation>Compare &amp;with</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Netwerk (vertrouwelijk)</source>
        <translation>&amp;Network (confidential)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <location line="+50"/>
        <source>Vertrouwelijk — alleen voor de opbouwwerker; niet voor publicatie</source>
        <translation>Confidential — for the community worker only; not for publication</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Op&amp;volging (vertrouwelijk)</source>
        <translation>&amp;Follow-up (confidential)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bewoners om opnieuw te benaderen: wie geïsoleerd lijkt of om hulp vraagt. Alleen wie toestemming gaf om contact op te nemen, staat in deze lijst.</source>
        <translation>Residents to approach again: those who seem isolated or ask for help. Only residents who agreed to be contacted are on this list.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open &amp;antwoorden (vertrouwelijk)</source>
        <translation>Open &amp;answers (confidential)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wat bewoners in hun eigen woorden antwoordden, per vraag: gelijke antwoorden samengevoegd, het vaakst gegeven antwoord bovenaan. Antwoorden kunnen namen noemen. Namen, telefoonnummers en verhalen staan hier niet (verhalen keurt u goed bij de citaten).</source>
        <translation>What residents answered in their own words, per question: identical answers merged, the most frequent answer on top. Answers may name people. Names, phone numbers and stories are not shown here (you approve stories with the quotes).</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/results_page/controller.py" line="+56"/>
        <source>Uitkomsten berekenen…</source>
        <translation>Computing the results…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../flatapp/gui/retention_dialog.py" line="+73"/>
        <location line="+10"/>
        <source>Opschonen</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>De persoonsgegevens van ronde &apos;{name}&apos; opschonen?</source>
        <translation>Purge the personal data of round &apos;{name}&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De bewaartermijn van ronde &apos;{name}&apos; loopt nog tot en met {date}. Nu al opschonen?</source>
        <translation>The retention period of round &apos;{name}&apos; runs until {date}. Purge now already?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit wordt verwijderd:&lt;ul&gt;{items}&lt;/ul&gt;De cijfers en de publicaties blijven. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This will be removed:&lt;ul&gt;{items}&lt;/ul&gt;The figures and the publications stay. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu opschonen</source>
        <translation>Purge now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bewaartermijnen en opschonen</source>
        <translation>Retention and purge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persoonsgegevens van een ronde (namen, contactgegevens, verhalen, open antwoorden, wie wie kent) worden bewaard tot de bewaartermijn; daarna worden ze opgeschoond. De cijfers en de publicaties blijven.</source>
        <translation>A round&apos;s personal data (names, contact details, stories, open answers, who knows whom) is kept until its retention date; then it is purged. The figures and the publications stay.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Bewaren tot en met:</source>
        <translation>&amp;Keep until:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termijn &amp;wijzigen</source>
        <translation>&amp;Change date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opschonen…</source>
        <translation>&amp;Purge…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reservekopieën &amp;verwijderen…</source>
        <translation>&amp;Remove backups…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Deze reservekopieën zijn van vóór het opschonen en bevatten de persoonsgegevens nog:</source>
        <translation>These backups are from before the purge and still hold the personal data:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze reservekopieën bevatten nog persoonsgegevens van een ronde waarvan de bewaartermijn verstreken is:</source>
        <translation>These backups still hold personal data of a round whose retention period is over:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geen oude reservekopieën in {folder}.</source>
        <translation>No old backups in {folder}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ronde &apos;{name}&apos;: bewaren tot en met {date}.</source>
        <translation>Round &apos;{name}&apos;: kept until {date}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ronde &apos;{name}&apos; is opgeschoond. {compact}</source>
        <translation>Round &apos;{name}&apos; has been purged. {compact}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reservekopieën verwijderen</source>
        <translation>Remove backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} reservekopieën verwijderen uit {folder}? Ze bevatten persoonsgegevens die niet langer bewaard mogen worden.</source>
        <translation>Remove {count} backups from {folder}? They hold personal data that may no longer be kept.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} reservekopieën verwijderd.</source>
        <translation>{count} backups removed.</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location line="-212"/>
        <source>Flat</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren tot en met</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>RoundPlanner</name>
    <message>
        <location filename="../../flatapp/gui/round_planner/controller.py" line="+37"/>
        <source>{name}, versie {number}</source>
        <translation>{name}, version {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (ingebouwd)</source>
        <translation>{name} (built-in)</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/round_planner/models.py" line="+45"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Deuren</source>
        <translation>Doors</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>{count} verdeeld over de teams</source>
        <translation>{count} shared among the teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog niet verdeeld</source>
        <translation>not yet shared out</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+24"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Portieken en verdiepingen</source>
        <translation>Entrances and floors</translation>
    </message>
</context>
<context>
    <name>RoundPlannerWidget</name>
    <message>
        <location filename="../../flatapp/gui/round_planner/view.py" line="+118"/>
        <source>De gevelkaart is in deze versie nog niet beschikbaar.</source>
        <translation>The facade map is not available in this version yet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Afzender en tent…</source>
        <translation>Sender and tent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wie de brieven ondertekent, de woningcorporatie en de datum, tijd en plaats van de tent</source>
        <translation>Who signs the letters, the housing corporation and the tent&apos;s date, time and place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vervolgronde plannen…</source>
        <translation>Plan the next round…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een nieuwe ronde op deze flat met dezelfde vragenlijst, vrijwilligers en instellingen</source>
        <translation>A new round on this block with the same questionnaire, volunteers and settings</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Deze flat heeft nog geen woningen; importeer eerst de adreslijst.</source>
        <translation>This block has no homes yet; import the address list first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nog geen ronde</source>
        <translation>no round yet</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/round_planner.ui" line="+153"/>
        <source>Ronde aan&amp;maken</source>
        <translation>Create r&amp;ound</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wijzigingen &amp;opslaan</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/round_planner/evenings_panel.py" line="+35"/>
        <source>Kies eerst de avond die weg moet.</source>
        <translation>First choose the evening to remove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avond verwijderen</source>
        <translation>Remove evening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De avond van {label} verwijderen? De verdeling van de deuren op die avond gaat dan ook weg.</source>
        <translation>Remove the evening of {label}? The sharing out of the doors on that evening goes too.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/round_planner/teams_panel.py" line="+42"/>
        <source>Kies eerst de vrijwilliger die weg moet.</source>
        <translation>First choose the volunteer to remove.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Teams opnieuw indelen</source>
        <translation>Form teams again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De bestaande teams worden vervangen door tweetallen. Avonden waarvan de deuren al verdeeld waren, worden opnieuw verdeeld. Doorgaan?</source>
        <translation>The existing teams will be replaced by pairs. Evenings whose doors were already shared out will be shared out again. Continue?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (in {team})</source>
        <translation>{name} (in {team})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Team verwijderen</source>
        <translation>Remove team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{team} verwijderen? De deuren van dit team komen op elke avond zonder team te staan.</source>
        <translation>Remove {team}? This team&apos;s doors will be left without a team on every evening.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/round_planner/doors_panel.py" line="+47"/>
        <location line="+89"/>
        <source>Deuren opnieuw verdelen</source>
        <translation>Share out doors again</translation>
    </message>
    <message>
        <location line="-87"/>
        <location filename="../../ui/round_planner.ui" line="+423"/>
        <source>Deuren verde&amp;len</source>
        <translation>S&amp;hare out doors</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Woningen zonder team verdeeld over {teams}. Print de deurlijsten van deze avonden opnieuw.</source>
        <translation>Homes without a team divided over {teams}. Print the door lists of these evenings again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan eerst een avond (tabblad Avonden).</source>
        <translation>Plan an evening first (Evenings tab).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deel eerst de vrijwilligers in teams in (tabblad Vrijwilligers en teams).</source>
        <translation>Put the volunteers into teams first (Volunteers and teams tab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} deuren te doen</source>
        <translation>{count} doors to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} al afgerond</source>
        <translation>{count} already done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nog niet verdeeld: kies &apos;Deuren verdelen&apos;</source>
        <translation>not yet shared out: choose &apos;Share out doors&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} nog zonder team</source>
        <translation>{count} still without a team</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>nog zonder team</source>
        <translation>no team yet</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Deze avond is al verdeeld. Opnieuw verdelen maakt verplaatste woningen ongedaan. Doorgaan?</source>
        <translation>This evening has already been shared out. Sharing out again undoes homes you moved. Continue?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/round_planner.ui" line="+143"/>
        <source>Kies een woning op de kaart.</source>
        <translation>Choose a home on the map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>al afgerond</source>
        <translation>already done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nu bij {team}</source>
        <translation>now with {team}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} · {address} · {floor} · {where}</source>
        <translation>{code} · {address} · {floor} · {where}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kies eerst een woning op de kaart.</source>
        <translation>First choose a home on the map.</translation>
    </message>
    <message>
        <location filename="../../flatapp/gui/round_planner/view.py" line="+144"/>
        <source>Opslaan lukte niet door een fout in de database; er is niets gewijzigd. ({error})</source>
        <translation>Saving failed because of a database error; nothing was changed. ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/round_planner.ui" line="-705"/>
        <source>Ronde plannen</source>
        <translation>Plan round</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gespreksronde</source>
        <translation>Interview round</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nieu&amp;we ronde</source>
        <translation>Ne&amp;w round</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bijvoorbeeld Najaar 2026</source>
        <translation>for example Autumn 2026</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Vragenlijst</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;CBS-stellingen over samenhang meevragen</source>
        <translation>Also ask the &amp;CBS statements on cohesion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vijf stellingen uit de Veiligheidsmonitor van het CBS, zodat de score van de flat naast het landelijke cijfer kan.</source>
        <translation>Five statements from the Safety Monitor of CBS (Statistics Netherlands), so the block&apos;s score can be compared with the national figure.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Maak eerst de ronde aan: geef hem hierboven een naam en kies &apos;Ronde aanmaken&apos;. Daarna plant u hier de avonden, de vrijwilligers en teams, en de deuren per avond.</source>
        <translation>First create the round: give it a name above and choose &apos;Create round&apos;. Then plan the evenings, the volunteers and teams, and the doors per evening here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Avonden</source>
        <translation>&amp;Evenings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De avonden waarop de vrijwilligers aanbellen. Dubbelklik op een datum of tijd om die te wijzigen.</source>
        <translation>The evenings when the volunteers knock on doors. Double-click a date or time to change it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dat&amp;um</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Avond toevoe&amp;gen</source>
        <translation>Add evenin&amp;g</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avond v&amp;erwijderen</source>
        <translation>Remo&amp;ve evening</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vrijwilligers en &amp;teams</source>
        <translation>Volunteers and &amp;teams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Te&amp;lefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optioneel, bijv. 06-12345678</source>
        <translation>optional, e.g. 06-12345678</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vrijwilliger toevoe&amp;gen</source>
        <translation>Add vo&amp;lunteer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vrijwilliger v&amp;erwijderen</source>
        <translation>Remo&amp;ve volunteer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;utomatisch in tweetallen</source>
        <translation>A&amp;utomatic pairs</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Leden van het gekozen team (vink aan wie meegaat):</source>
        <translation>Members of the chosen team (tick who goes along):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leden op&amp;slaan</source>
        <translation>Save mem&amp;bers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nieuw team met aangevin&amp;kten</source>
        <translation>New team with tic&amp;ked</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team verw&amp;ijderen</source>
        <translation>Remove te&amp;am</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Deuren per avond</source>
        <translation>&amp;Doors per evening</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Woningen &amp;zonder team verdelen</source>
        <translation>Divide homes &amp;without a team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geeft elke woning zonder team aan het team dat die portiek en verdieping al loopt; woningen met een team houden dat team.</source>
        <translation>Gives every home without a team to the team already walking that entrance and floor; homes with a team keep it.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Naar tea&amp;m</source>
        <translation>To tea&amp;m</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verplaat&amp;sen</source>
        <translation>Mo&amp;ve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: kies een woning op de kaart en druk op 1 tot en met 9 om hem aan dat team te geven.</source>
        <translation>Tip: choose a home on the map and press 1 to 9 to give it to that team.</translation>
    </message>
</context>
<context>
    <name>ScanIntake</name>
    <message>
        <location filename="../../flatapp/gui/scan_intake.py" line="+18"/>
        <source>Scans inlezen: kies de PDF(&apos;s), afbeeldingen of een map</source>
        <translation>Read scans: choose the PDF(s), images or a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hele &amp;map kiezen</source>
        <translation>Choose whole &amp;folder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scans lezen…</source>
        <translation>Reading scans…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans inlezen</source>
        <translation>Read scans</translation>
    </message>
</context>
<context>
    <name>ScanReviewDialog</name>
    <message>
        <location filename="../../flatapp/gui/scan_review.py" line="+42"/>
        <source>geen antwoord</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Scans nakijken</source>
        <translation>Review scans</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Later (Ctrl+→)</source>
        <translation>Later (Ctrl+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overslaan</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formulier openen</source>
        <translation>Open &amp;form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>woning {code}, pagina {page}</source>
        <translation>home {code}, page {page}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog 1 punt na te kijken</source>
        <translation>1 item left to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog {n} punten na te kijken</source>
        <translation>{n} items left to review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze pagina is niet herkend.</source>
        <translation>This page was not recognised.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom: {why}</source>
        <translation>Why: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woning (code of huisnummer)</source>
        <translation>home (code or house number)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ de woning en Enter: de pagina hoort bij dat formulier (typ de antwoorden daar). Of Overslaan (Alt+O).</source>
        <translation>Type the home and Enter: the page belongs to that form (type its answers there). Or Skip (Alt+S).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handgeschreven: typ wat u ziet.</source>
        <translation>Handwritten: type what you see.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wat er staat</source>
        <translation>what it says</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter: opslaan (leeg: geen antwoord).</source>
        <translation>Enter: save (empty: no answer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Woning {code}: welke uitkomst?</source>
        <translation>Home {code}: which outcome?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De machine leest: {reason}; voorstel: {proposal}</source>
        <translation>The machine reads: {reason}; proposal: {proposal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onzeker</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: voorstel goed · een cijfer: {what} · spatie: onzeker vakje aan/uit</source>
        <translation>Enter: proposal is right · a digit: {what} · space: uncertain box on/off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aan/uit</source>
        <translation>on/off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dat antwoord</source>
        <translation>that answer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(onzeker)</source>
        <translation>(uncertain)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(geen afbeelding)</source>
        <translation>(no image)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alles nagekeken</source>
        <translation>Everything reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er wacht niets meer op u.</source>
        <translation>Nothing is waiting for you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgerond in deze ronde van nakijken: {codes}</source>
        <translation>Completed in this review: {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc: sluiten.</source>
        <translation>Esc: close.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Typ de woning van deze pagina, of kies Overslaan (Alt+O).</source>
        <translation>Type the home of this page, or choose Skip (Alt+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pagina toegewezen aan woning {code}; typ de antwoorden van die pagina in het formulier.</source>
        <translation>Page assigned to home {code}; type that page&apos;s answers in the form.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pagina overgeslagen.</source>
        <translation>Page skipped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formulier van woning {code} afgerond.</source>
        <translation>Form of home {code} completed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formulier van woning {code} is nog niet af: {why} Het staat als concept klaar; Formulier openen (Alt+F).</source>
        <translation>The form of home {code} is not finished yet: {why} It is ready as a draft; Open form (Alt+F).</translation>
    </message>
</context>
<context>
    <name>ServiceRunner</name>
    <message>
        <location filename="../../flatapp/gui/runner.py" line="+41"/>
        <source>Afgebroken; er is niets veranderd.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De database weigerde dit ({what}); er is niets veranderd.</source>
        <translation>The database refused this ({what}); nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er ging iets mis ({what}): {text}</source>
        <translation>Something went wrong ({what}): {text}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignUpEntry</name>
    <message>
        <location filename="../../flatapp/gui/sign_up_entry.py" line="+96"/>
        <source>regel {who} invoeren</source>
        <translation>enter the line of {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regel {who} verwijderen</source>
        <translation>delete the line of {who}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ongedaan gemaakt: de regel van {who} is weggehaald.</source>
        <translation>Undone: the line of {who} was taken away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongedaan gemaakt: de regel van {who} staat er weer.</source>
        <translation>Undone: the line of {who} is back.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+34"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mag contact</source>
        <translation>May contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiseren</source>
        <translation>Organise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>niet gevonden: {text}</source>
        <translation>not found: {text}</translation>
    </message>
</context>
<context>
    <name>SignUpEntryDialog</name>
    <message>
        <location line="+24"/>
        <source>Inschrijvingen invoeren</source>
        <translation>Enter sign-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies per inschrijflijst eenmaal de ronde en het onderwerp. Typ dan per regel: naam ⏎ huisnummer of telefoon ⏎ mag contact (j/n of spatie) ⏎ organiseren (j/n) ⏎ – de regel is bewaard en u begint aan de volgende. Ctrl+Z haalt de laatste regel weg, Delete de gekozen regel.</source>
        <translation>Choose the round and topic once per sign-up sheet. Then type per line: name ⏎ house number or phone ⏎ may contact (j/n or space) ⏎ organise (j/n) ⏎ – the line is saved and you start the next one. Ctrl+Z takes back the last line, Delete the chosen line.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ronde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kies of typ een onderwerp</source>
        <translation>choose or type a topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onderwerp (blad):</source>
        <translation>&amp;Topic (sheet):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>12, 12a, 12-2 of 06-…</source>
        <translation>12, 12a, 12-2 or 06-…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Huisnummer of telefoon</source>
        <translation>&amp;House number or phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mag contact</source>
        <translation>May &amp;contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganiseren</source>
        <translation>Or&amp;ganise</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count} regels op dit blad</source>
        <translation>{count} lines on this sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies eerst het onderwerp van het blad.</source>
        <translation>First choose the topic of the sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} met een huisnummer dat niet in de flat voorkomt</source>
        <translation>{count} with a house number that is not in the block</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Niet gekoppeld: {reason}</source>
        <translation>Not matched: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deze flat heeft nog geen ronde; maak eerst een ronde aan.</source>
        <translation>This block has no round yet; make a round first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies of typ eerst het onderwerp van deze inschrijflijst; de regel is niet bewaard.</source>
        <translation>First choose or type the topic of this sign-up sheet; the line was not saved.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>niet gekoppeld aan een woning</source>
        <translation>not matched to a home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaard: {who} ({where}).</source>
        <translation>Saved: {who} ({where}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dezelfde bewoner als op een andere lijst of het formulier.</source>
        <translation>The same resident as on another sheet or the form.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kies eerst de regel die weg moet.</source>
        <translation>First choose the line to delete.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Regel van {who} verwijderd (Ctrl+Z zet hem terug).</source>
        <translation>Line of {who} deleted (Ctrl+Z puts it back).</translation>
    </message>
</context>
<context>
    <name>SlideShow</name>
    <message>
        <location filename="../../flatapp/gui/slide_show.py" line="+87"/>
        <source>Diavoorstelling</source>
        <translation>Slide show</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De dia&apos;s konden niet worden geopend.</source>
        <translation>The slides could not be opened.</translation>
    </message>
</context>
<context>
    <name>UpdateHomeCommand</name>
    <message>
        <location filename="../../flatapp/gui/home_detail.py" line="+35"/>
        <source>woning {code} corrigeren</source>
        <translation>correct home {code}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../flatapp/gui/users_dialog.py" line="+41"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een coördinator mag alles; een invoerder voert deuruitkomsten en formulieren in van de rondes waarbij hij is ingedeeld, zonder vertrouwelijke gegevens of exports; een partner kijkt alleen (intern niveau). Zonder gebruikers is wie de database opent coördinator.</source>
        <translation>A coordinator may do everything; a typist enters door outcomes and forms of the rounds assigned to them, without confidential data or exports; a partner only looks (internal tier). Without users, whoever opens the database is the coordinator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rondes</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loginnaam, bijv. anna</source>
        <translation>login name, e.g. anna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alleen op een server</source>
        <translation>only on a server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekozen gebruiker</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rol &amp;wijzigen</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rondes die een invoerder invoert:</source>
        <translation>Rounds a typist enters:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rondes &amp;opslaan</source>
        <translation>&amp;Save rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verwijderen…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&apos;{name}&apos; is toegevoegd als {role}.</source>
        <translation>&apos;{name}&apos; was added as {role}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U bent zelf (&apos;{me}&apos;) als coördinator toegevoegd, zodat u deze database kunt blijven beheren.</source>
        <translation>You yourself (&apos;{me}&apos;) were added as coordinator, so you can keep managing this database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{name}&apos; is nu {role}.</source>
        <translation>&apos;{name}&apos; is now {role}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De rondes van &apos;{name}&apos; zijn opgeslagen.</source>
        <translation>The rounds of &apos;{name}&apos; were saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gebruiker verwijderen</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; verwijderen? Wat deze gebruiker heeft ingevoerd blijft, en het logboek blijft de naam noemen.</source>
        <translation>Remove &apos;{name}&apos;? What this user entered stays, and the log keeps naming them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{name}&apos; is verwijderd.</source>
        <translation>&apos;{name}&apos; was removed.</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <location filename="../../flatapp/gui/groups/group_dialog.py" line="-423"/>
        <source>Niet opgeslagen: de werkgroep verandert steeds opnieuw.</source>
        <translation>Not saved: the working group keeps changing.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Niet opgeslagen: u ziet nu de versie die {who} intussen opsloeg.</source>
        <translation>Not saved: you now see the version {who} saved in the meantime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
</context>
</TS>
