<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddressField</name>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>name@example.com, weitere@example.com</translation>
    </message>
    <message>
        <source>Contacts ▾</source>
        <translation>Kontakte ▾</translation>
    </message>
    <message>
        <source>{field}: pick a contact person</source>
        <translation>{field}: wählen Sie einen Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <source>Apply {number} to an invoice</source>
        <translation>{number} auf eine Rechnung anrechnen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>{number} — {amount} due</source>
        <translation>{number} — {amount} offen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Rechnung:</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Betrag ({currency}):</translation>
    </message>
    <message>
        <source>this customer has no invoice left to pay in this currency</source>
        <translation>dieser Kunde hat in dieser Währung keine offene Rechnung</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database to</source>
        <translation>Datenbank sichern nach</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>The backup is in {path}.</source>
        <translation>Die Sicherung liegt in {path}.</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Datenbank wiederherstellen aus</translation>
    </message>
    <message>
        <source>Invoice Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Invoice-Desk-Datenbanken (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The backup is in place. The replaced database is kept at {path}. Invoice Desk restarts to use it.</source>
        <translation>Die Sicherung ist eingespielt. Die ersetzte Datenbank liegt unter {path}. Invoice Desk startet neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The backup is in place. Invoice Desk restarts to use it.</source>
        <translation>Die Sicherung ist eingespielt. Invoice Desk startet neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}? The current database is kept beside it, and Invoice Desk restarts.</source>
        <translation>Die Datenbank durch die Sicherung {name} ersetzen? Die aktuelle Datenbank bleibt daneben erhalten, und Invoice Desk startet neu.</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Invoice Desk hit a bug. Your data is safe; the action did not finish.
Copy the report below and send it to support.</source>
        <translation>Invoice Desk ist auf einen Fehler gestoßen. Ihre Daten sind sicher; die Aktion wurde nicht abgeschlossen.
Kopieren Sie den Bericht unten und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>Bug report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CatalogueViews</name>
    <message>
        <source>compound</source>
        <translation>zusammengesetzt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>{tax} — {flags}</source>
        <translation>{tax} — {flags}</translation>
    </message>
    <message>
        <source>{name} {rate}%</source>
        <translation>{name} {rate}%</translation>
    </message>
    <message>
        <source>{name} — {rate} per {unit}</source>
        <translation>{name} — {rate} pro {unit}</translation>
    </message>
    <message>
        <source>{name} — {rate}</source>
        <translation>{name} — {rate}</translation>
    </message>
    <message>
        <source>{item} ({taxes})</source>
        <translation>{item} ({taxes})</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>CRM-Datensatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due / expiry</source>
        <translation>Fällig / gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>etwa {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>CrmOutboxDialog</name>
    <message>
        <source>Show note</source>
        <translation>Notiz anzeigen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>CRM outbox</source>
        <translation>CRM-Postausgang</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Rechnungen und Angebote in Zoho CRM zeigen (eine Notiz und das PDF)</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Postausgang wird gelesen…</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Übersicht des Postausgangs</translation>
    </message>
    <message>
        <source>Waiting changes are sent to Zoho CRM after each sync (every 12 hours, or File → Sync now). They keep their order and are never sent twice.</source>
        <translation>Wartende Änderungen werden nach jeder Synchronisierung an Zoho CRM gesendet (alle 12 Stunden oder Datei → Jetzt synchronisieren). Sie behalten ihre Reihenfolge und werden nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} failed, {done} in Zoho CRM.</source>
        <translation>{waiting} wartend, {failed} fehlgeschlagen, {done} in Zoho CRM.</translation>
    </message>
    <message>
        <source>Nothing has been sent to Zoho CRM yet.</source>
        <translation>Noch nichts an Zoho CRM gesendet.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR.</source>
        <translation>verwenden Sie einen dreibuchstabigen Code wie USD oder EUR.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>enter a number of days between 0 and 3650.</source>
        <translation>geben Sie eine Anzahl Tage zwischen 0 und 3650 ein.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Wählen Sie einen Kunden, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>From Zoho CRM</source>
        <translation>Aus Zoho CRM</translation>
    </message>
    <message>
        <source>These come from Zoho CRM and are updated by each sync.</source>
        <translation>Diese Angaben kommen aus Zoho CRM und werden bei jeder Synchronisierung aktualisiert.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Rechnungsadresse:</translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation>Lieferadresse:</translation>
    </message>
    <message>
        <source>Local to Invoice Desk</source>
        <translation>Nur in Invoice Desk</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>Firmenwährung</translation>
    </message>
    <message>
        <source>days, e.g. 30</source>
        <translation>Tage, z. B. 30</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>W&amp;ährung:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Zahlungs&amp;ziel:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>An&amp;merkungen:</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>New &amp;estimate</source>
        <translation>Neues &amp;Angebot</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>S&amp;tatement PDF…</source>
        <translation>Kon&amp;toauszug als PDF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s statement: documents, payments and credits with a running balance</source>
        <translation>Kontoauszug dieses Kunden speichern: Dokumente, Zahlungen und Gutschriften mit laufendem Saldo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name} &lt;i&gt;(inactive)&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name} &lt;i&gt;(inaktiv)&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Kundenbereiche</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detai&amp;ls</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Namen eines Kunden eingeben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>CustomerTaxView</name>
    <message>
        <source>Tax and sending</source>
        <translation>Steuern und Versand</translation>
    </message>
    <message>
        <source>VAT / tax number printed on documents</source>
        <translation>USt-IdNr. / Steuernummer, auf Dokumente gedruckt</translation>
    </message>
    <message>
        <source>e.g. Intra-EU supply, reverse charge (Art. 196)</source>
        <translation>z. B. innergemeinschaftliche Lieferung, Steuerschuldnerschaft des Leistungsempfängers (Art. 196)</translation>
    </message>
    <message>
        <source>The organization&apos;s language</source>
        <translation>Sprache des Unternehmens</translation>
    </message>
    <message>
        <source>Save &amp;tax settings</source>
        <translation>&amp;Steuereinstellungen speichern</translation>
    </message>
    <message>
        <source>Tax &amp;id:</source>
        <translation>Steuer-&amp;ID:</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>Steu&amp;er:</translation>
    </message>
    <message>
        <source>Exemption &amp;reason:</source>
        <translation>Befreiungs&amp;grund:</translation>
    </message>
    <message>
        <source>Send documents &amp;to:</source>
        <translation>Dokumente senden &amp;an:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;sprache:</translation>
    </message>
    <message>
        <source>The organization&apos;s default</source>
        <translation>Standard des Unternehmens</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Steuerbefreit</translation>
    </message>
    <message>
        <source>The primary contact person</source>
        <translation>Der Hauptansprechpartner</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation>
    </message>
    <message>
        <source>say why the customer pays no tax</source>
        <translation>geben Sie an, warum der Kunde keine Steuer zahlt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Imported from Zoho CRM; its name, phone and addresses are updated by each sync.</source>
        <translation>Aus Zoho CRM importiert; Name, Telefon und Adressen werden bei jeder Synchronisierung aktualisiert.</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search name, email or phone  (Ctrl+F)</source>
        <translation>Name, E-Mail oder Telefon suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>Aus Zoho CRM &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what changed in Zoho CRM (F5)</source>
        <translation>Abrufen, was sich in Zoho CRM geändert hat (F5)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Customer count</source>
        <translation>Anzahl Kunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the customers listed here as a CSV file</source>
        <translation>Die hier gelisteten Kunden als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Choose “Import from Zoho CRM…” to bring in your Accounts and Contacts. No Zoho account at hand? Run “invoice-desk sandbox” and use what it prints.</source>
        <translation>Wählen Sie „Aus Zoho CRM importieren…“, um Ihre Konten und Kontakte zu übernehmen. Kein Zoho-Konto zur Hand? Starten Sie „invoice-desk sandbox“ und verwenden Sie, was es ausgibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;This computer (a file in the data folder)</source>
        <translation>&amp;Dieser Computer (eine Datei im Datenordner)</translation>
    </message>
    <message>
        <source>&amp;Shared (PostgreSQL): everyone in the team uses one database</source>
        <translation>&amp;Gemeinsam (PostgreSQL): das ganze Team nutzt eine Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data into the shared database (it must be empty)</source>
        <translation>Die Daten dieses Computers in die gemeinsame Datenbank &amp;kopieren (sie muss leer sein)</translation>
    </message>
    <message>
        <source>In use: {database}</source>
        <translation>In Verwendung: {database}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected: {version} answers.</source>
        <translation>Verbunden: {version} antwortet.</translation>
    </message>
    <message>
        <source>this computer&apos;s database</source>
        <translation>die Datenbank dieses Computers</translation>
    </message>
    <message>
        <source>the shared database {host}/{database}</source>
        <translation>die gemeinsame Datenbank {host}/{database}</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data to the shared database…</source>
        <translation>Die Daten dieses Computers werden in die gemeinsame Datenbank kopiert…</translation>
    </message>
    <message>
        <source>the shared database ({rows} rows copied)</source>
        <translation>die gemeinsame Datenbank ({rows} Zeilen kopiert)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Potentials</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation>&amp;Zahlungserinnerung senden…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Per E-&amp;Mail…</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Statement saved to {path}.</source>
        <translation>Kontoauszug in {path} gespeichert.</translation>
    </message>
    <message>
        <source>This customer has no invoice with a balance.</source>
        <translation>Dieser Kunde hat keine Rechnung mit offenem Betrag.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>Starting the sandbox CRM on this computer…</source>
        <translation>Das Sandbox-CRM wird auf diesem Computer gestartet…</translation>
    </message>
</context>
<context>
    <name>DocumentAction</name>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;versendet markieren</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Convert to invoice</source>
        <translation>In Rechnung &amp;umwandeln</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Payments are recorded against invoices, not estimates.</source>
        <translation>Zahlungen werden auf Rechnungen gebucht, nicht auf Angebote.</translation>
    </message>
    <message>
        <source>Payments are recorded against invoices, not credit notes.</source>
        <translation>Zahlungen werden auf Rechnungen gebucht, nicht auf Gutschriften.</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>Auf dieser Rechnung ist nichts mehr zu zahlen.</translation>
    </message>
</context>
<context>
    <name>DocumentEditorDialog</name>
    <message>
        <source>INV-000001 (optional)</source>
        <translation>INV-000001 (optional)</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>E&amp;xpiry date:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>For &amp;invoice:</source>
        <translation>Zu &amp;Rechnung:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>W&amp;ährung:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>10% or 5.00</source>
        <translation>10% oder 5.00</translation>
    </message>
    <message>
        <source>Discount before tax</source>
        <translation>Rabatt vor Steuern</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Preise inklusive Steuern</translation>
    </message>
    <message>
        <source>0.00 (may be negative)</source>
        <translation>0.00 (darf negativ sein)</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>Rab&amp;att:</translation>
    </message>
    <message>
        <source>&amp;Shipping:</source>
        <translation>&amp;Versand:</translation>
    </message>
    <message>
        <source>Ad&amp;justment:</source>
        <translation>An&amp;passung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anmerkungen:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Bedingungen:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Editor message</source>
        <translation>Hinweis des Editors</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>verwenden Sie einen dreibuchstabigen Code wie USD oder EUR</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>fügen Sie mindestens eine Zeile hinzu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>cannot be before the document&apos;s date</source>
        <translation>darf nicht vor dem Datum des Dokuments liegen</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Sub total</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>{name} ({rate}%)</source>
        <translation>{name} ({rate}%)</translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation>Gesamt ({currency})</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>pick a customer from the suggestions</source>
        <translation>wählen Sie einen Kunden aus den Vorschlägen</translation>
    </message>
    <message>
        <source>Save ({shortcut})</source>
        <translation>Speichern ({shortcut})</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>Firmenwährung</translation>
    </message>
    <message>
        <source>Discard the changes to this document?</source>
        <translation>Die Änderungen an diesem Dokument verwerfen?</translation>
    </message>
    <message>
        <source>What you typed here is not saved.</source>
        <translation>Was Sie hier eingegeben haben, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>cannot be more than 100%</source>
        <translation>darf nicht mehr als 100% sein</translation>
    </message>
    <message>
        <source>{text} has a comma that could be a decimal mark; commas separate taxes, so write a rate with a dot, like “VAT 9.5%”</source>
        <translation>{text} enthält ein Komma, das ein Dezimalzeichen sein könnte; Kommas trennen Steuern, schreiben Sie einen Satz daher mit Punkt, etwa „MwSt 9.5%“</translation>
    </message>
    <message>
        <source>write each tax as a name and a rate, like “VAT 20%”, not “{part}”</source>
        <translation>schreiben Sie jede Steuer als Name und Satz, etwa „MwSt 19%“, nicht „{part}“</translation>
    </message>
    <message>
        <source>the rate of {name} cannot be negative</source>
        <translation>der Satz von {name} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Line {number} item</source>
        <translation>Artikel in Zeile {number}</translation>
    </message>
    <message>
        <source>Line {number} quantity</source>
        <translation>Menge in Zeile {number}</translation>
    </message>
    <message>
        <source>Line {number} rate</source>
        <translation>Preis in Zeile {number}</translation>
    </message>
    <message>
        <source>Line {number} discount</source>
        <translation>Rabatt in Zeile {number}</translation>
    </message>
    <message>
        <source>Line {number} taxes</source>
        <translation>Steuern in Zeile {number}</translation>
    </message>
    <message>
        <source>enter what is sold</source>
        <translation>geben Sie ein, was verkauft wird</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>estimates</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>&amp;New estimate</source>
        <translation>Neues &amp;Angebot</translation>
    </message>
    <message>
        <source>&amp;New credit note</source>
        <translation>Neue &amp;Gutschrift</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Rechnung {number} bearbeiten</translation>
    </message>
    <message>
        <source>Edit estimate {number}</source>
        <translation>Angebot {number} bearbeiten</translation>
    </message>
    <message>
        <source>Edit credit note {number}</source>
        <translation>Gutschrift {number} bearbeiten</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Rechnung {number}</translation>
    </message>
    <message>
        <source>Estimate {number}</source>
        <translation>Angebot {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Gutschrift {number}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>DocumentMoneyView</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Delete payment</source>
        <translation>Zahlung &amp;löschen</translation>
    </message>
    <message>
        <source>Appl&amp;y to invoice…</source>
        <translation>Auf Rechnung &amp;anrechnen…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Er&amp;statten…</translation>
    </message>
    <message>
        <source>Payment {date}  {amount} {currency}  {mode}</source>
        <translation>Zahlung {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Credit {date}  {amount} {currency}  {document}</source>
        <translation>Gutschrift {date}  {amount} {currency}  {document}</translation>
    </message>
    <message>
        <source>Refund {date}  {amount} {currency}  {mode}</source>
        <translation>Erstattung {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Left to use: {amount} {currency}</source>
        <translation>Noch verfügbar: {amount} {currency}</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Saldo: {amount} {currency}</translation>
    </message>
    <message>
        <source>Refund from {number}</source>
        <translation>Erstattung aus {number}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Seitenbreite</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Nächste Seite ▶</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Save as e-&amp;invoice…</source>
        <translation>Als E-&amp;Rechnung speichern…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Per E-&amp;Mail…</translation>
    </message>
    <message>
        <source>Send re&amp;minder…</source>
        <translation>Zahlungs&amp;erinnerung senden…</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Dokumentnachricht</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>Workflow-Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workflow history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Workflow-Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>an unexpected error stopped it (it was reported).</source>
        <translation>ein unerwarteter Fehler hat sie gestoppt (er wurde gemeldet).</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Dokument {id}</translation>
    </message>
    <message>
        <source>{document} could not be shown: {reason}</source>
        <translation>{document} konnte nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds to render. Try again.</source>
        <translation>die Darstellung dauerte länger als {seconds} Sekunden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} — {message} (workflow)</source>
        <translation>{when} — {message} (Workflow)</translation>
    </message>
    <message>
        <source>{when} — {message} (you)</source>
        <translation>{when} — {message} (Sie)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Send it by email</source>
        <translation>Per E-Mail versenden</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Stornieren (fragt vorher)</translation>
    </message>
    <message>
        <source>Edit this document</source>
        <translation>Dieses Dokument bearbeiten</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>{number} stornieren</translation>
    </message>
    <message>
        <source>Void {number}?</source>
        <translation>{number} stornieren?</translation>
    </message>
    <message>
        <source>A void document stays in the lists for the record, but can no longer be changed, sent or paid. This cannot be undone.</source>
        <translation>Ein storniertes Dokument bleibt zur Dokumentation in den Listen, kann aber nicht mehr geändert, gesendet oder bezahlt werden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <source>{status} · {late}</source>
        <translation>{status} · {late}</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Search invoices: number, customer, reference</source>
        <translation>Rechnungen durchsuchen: Nummer, Kunde, Referenz</translation>
    </message>
    <message>
        <source>Search estimates: number, customer, reference</source>
        <translation>Angebote durchsuchen: Nummer, Kunde, Referenz</translation>
    </message>
    <message>
        <source>Search credit notes: number, customer, reference</source>
        <translation>Gutschriften durchsuchen: Nummer, Kunde, Referenz</translation>
    </message>
    <message>
        <source>Search documents: number, customer, reference</source>
        <translation>Dokumente durchsuchen: Nummer, Kunde, Referenz</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <source>Search estimates</source>
        <translation>Angebote durchsuchen</translation>
    </message>
    <message>
        <source>Search credit notes</source>
        <translation>Gutschriften durchsuchen</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the documents listed here as a CSV file</source>
        <translation>Die hier gelisteten Dokumente als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
    <message>
        <source>No estimates yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>No credit notes yet</source>
        <translation>Noch keine Gutschriften</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New invoice” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Wählen Sie auf der Registerkarte „Kunden“ einen Kunden und dann „Neue Rechnung“ (Strg+N erstellt eine Rechnung). Auch Verkaufschancen können sie anlegen: siehe Einstellungen → Workflows.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New estimate” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Wählen Sie auf der Registerkarte „Kunden“ einen Kunden und dann „Neues Angebot“ (Strg+N erstellt eine Rechnung). Auch Verkaufschancen können sie anlegen: siehe Einstellungen → Workflows.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New credit note” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Wählen Sie auf der Registerkarte „Kunden“ einen Kunden und dann „Neue Gutschrift“ (Strg+N erstellt eine Rechnung). Auch Verkaufschancen können sie anlegen: siehe Einstellungen → Workflows.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source> · total {total}, balance {balance}</source>
        <translation> · Gesamt {total}, offen {balance}</translation>
    </message>
    <message>
        <source>List the documents again (F5 syncs with Zoho CRM)</source>
        <translation>Dokumente erneut auflisten (F5 synchronisiert mit Zoho CRM)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFormatDialog</name>
    <message>
        <source>Save {number} as e-invoice</source>
        <translation>{number} als E-Rechnung speichern</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
</context>
<context>
    <name>EinvoiceDialog</name>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with the invoice data inside, EN 16931)</source>
        <translation>Factur-X / ZUGFeRD (PDF mit den Rechnungsdaten darin, EN 16931)</translation>
    </message>
    <message>
        <source>UBL 2.1 — Peppol BIS Billing 3.0 (XML)</source>
        <translation>UBL 2.1 — Peppol BIS Billing 3.0 (XML)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>E-Rechnung speichern</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>usually your email address; empty: no login</source>
        <translation>meist Ihre E-Mail-Adresse; leer: ohne Anmeldung</translation>
    </message>
    <message>
        <source>Your Shop &lt;billing@example.com&gt;</source>
        <translation>Ihr Shop &lt;rechnung@example.com&gt;</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>e.g. 7, 21 — empty: no automatic reminders</source>
        <translation>z. B. 7, 21 — leer: keine automatischen Erinnerungen</translation>
    </message>
    <message>
        <source>Document subject:</source>
        <translation>Betreff zum Dokument:</translation>
    </message>
    <message>
        <source>Document message:</source>
        <translation>Nachricht zum Dokument:</translation>
    </message>
    <message>
        <source>Reminder subject:</source>
        <translation>Betreff der Zahlungserinnerung:</translation>
    </message>
    <message>
        <source>Reminder message:</source>
        <translation>Text der Zahlungserinnerung:</translation>
    </message>
    <message>
        <source>Remind automatically, days after due:</source>
        <translation>Automatisch erinnern, Tage nach Fälligkeit:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Placeholders: {names}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Platzhalter: {names}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Email settings status</source>
        <translation>Status der E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Send &amp;test mail</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>im Schlüsselbund des Systems gespeichert — tippen zum Ersetzen</translation>
    </message>
    <message>
        <source>not stored yet — it will be kept in the system keyring</source>
        <translation>noch nicht gespeichert — er wird im Schlüsselbund des Systems abgelegt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving and sending a test message…</source>
        <translation>Speichern und Testnachricht senden…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. The settings are saved.</source>
        <translation>Testnachricht an {address} gesendet. Die Einstellungen sind gespeichert.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>&lt;h2&gt;Home&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Start&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Umsatzwährung</translation>
    </message>
    <message>
        <source>Revenue in</source>
        <translation>Umsatz in</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>Ihnen geschuldet</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Überfällige Rechnungen</translation>
    </message>
    <message>
        <source>Estimates pipeline</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Open estimates</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Aging chart</source>
        <translation>Diagramm Forderungsalter</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Umsatzdiagramm</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Aktivitäten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nichts offen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n Rechnung überfällig</numerusform>
            <numerusform>%n Rechnungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>{when}   {number}   {message}</source>
        <translation>{when}   {number}   {message}</translation>
    </message>
    <message>
        <source>Nothing yet: new invoices and payments show up here.</source>
        <translation>Noch nichts: neue Rechnungen und Zahlungen erscheinen hier.</translation>
    </message>
    <message>
        <source>No open estimates</source>
        <translation>Keine offenen Angebote</translation>
    </message>
    <message>
        <source>{count} {status} · {amount}</source>
        <translation>{count} {status} · {amount}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Zoho CRM</source>
        <translation>Aus Zoho CRM importieren</translation>
    </message>
    <message>
        <source>Self Client grant code or refresh token</source>
        <translation>Self-Client-Grant-Code oder Refresh-Token</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Alle 12 Stunden automatisch aktualisieren</translation>
    </message>
    <message>
        <source>https://www.zohoapis.com (default for the data centre)</source>
        <translation>https://www.zohoapis.com (Standard für das Rechenzentrum)</translation>
    </message>
    <message>
        <source>https://accounts.zoho.com (default)</source>
        <translation>https://accounts.zoho.com (Standard)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Accounts URL</source>
        <translation>Konten-URL</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API-Client</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>Acc&amp;ounts URL:</source>
        <translation>K&amp;onten-URL:</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Importmeldung</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{field}: start it with https:// (or http:// for a local sandbox).</source>
        <translation>{field}: beginnen Sie mit https:// (oder http:// für eine lokale Sandbox).</translation>
    </message>
    <message>
        <source>Connecting to Zoho CRM…</source>
        <translation>Verbindung zu Zoho CRM wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to {organization}. Importing customers…</source>
        <translation>Verbunden mit {organization}. Kunden werden importiert…</translation>
    </message>
    <message>
        <source>A sync is already running; try again when it ends.</source>
        <translation>Eine Synchronisierung läuft bereits; versuchen Sie es nach deren Ende erneut.</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported so far is kept.</source>
        <translation>Import abgebrochen. Was bisher importiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: {done} of about %n record(s) — {left} left</source>
        <translation>
            <numerusform>{module} wird importiert: {done} von etwa %n Datensatz — noch {left}</numerusform>
            <numerusform>{module} wird importiert: {done} von etwa %n Datensätzen — noch {left}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: %n record(s), page {page} — {elapsed} so far</source>
        <translation>
            <numerusform>{module} wird importiert: %n Datensatz, Seite {page} — bisher {elapsed}</numerusform>
            <numerusform>{module} wird importiert: %n Datensätze, Seite {page} — bisher {elapsed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>hour, piece, kg…</source>
        <translation>Stunde, Stück, kg…</translation>
    </message>
    <message>
        <source>Item taxes</source>
        <translation>Artikelsteuern</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Satz:</translation>
    </message>
    <message>
        <source>Item rate</source>
        <translation>Artikelpreis</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Artikelbeschreibung</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>Item unit</source>
        <translation>Artikeleinheit</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Steuern:</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LineItemsDelegate</name>
    <message>
        <source>Pick a tax, or type several: “VAT 20%, *QST 9.975%”</source>
        <translation>Wählen Sie eine Steuer oder geben Sie mehrere ein: „MwSt 19%, *QST 9.975%“</translation>
    </message>
</context>
<context>
    <name>LineItemsTableModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Name and rate, comma-separated: “VAT 20%, *QST 9.975%” (* = compound)</source>
        <translation>Name und Satz, durch Kommas getrennt: „MwSt 19%, *QST 9.975%“ (* = zusammengesetzt)</translation>
    </message>
    <message>
        <source>“10%” for a percentage, “5.00” for an amount</source>
        <translation>„10%“ für einen Prozentsatz, „5.00“ für einen Betrag</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>{number} sent</source>
        <translation>{number} gesendet</translation>
    </message>
    <message>
        <source>{number} {state}: {error}</source>
        <translation>{number} {state}: {error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>Postausgang: {sent} gesendet, {failed} fehlgeschlagen, {waiting} wartend.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation>Hauptbereiche</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Nicht mit Zoho CRM verbunden — noch nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>Aus Zoho CRM &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Synchronisierungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>CRM &amp;outbox…</source>
        <translation>CRM-&amp;Postausgang…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>E&amp;mail settings…</source>
        <translation>E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>Neue &amp;Rechnung…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Invoice Desk</source>
        <translation>Ü&amp;ber Invoice Desk</translation>
    </message>
    <message>
        <source>About Invoice Desk</source>
        <translation>Über Invoice Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Invoices and estimates for your Zoho CRM customers, offline.</source>
        <translation>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Rechnungen und Angebote für Ihre Zoho-CRM-Kunden, auch offline.</translation>
    </message>
    <message>
        <source>New &amp;estimate…</source>
        <translation>Neues &amp;Angebot…</translation>
    </message>
    <message>
        <source>New &amp;credit note…</source>
        <translation>Neue &amp;Gutschrift…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “{name}” into…</source>
        <translation>„{name}“ zusammenführen mit…</translation>
    </message>
    <message>
        <source>Pick the customer that stays. “{name}” moves into it and disappears from lists.</source>
        <translation>Wählen Sie den Kunden, der bleibt. „{name}“ wird mit ihm zusammengeführt und verschwindet aus den Listen.</translation>
    </message>
    <message>
        <source>Search the customer that stays</source>
        <translation>Den Kunden suchen, der bleibt</translation>
    </message>
    <message>
        <source>Search merge target</source>
        <translation>Zielkunden suchen</translation>
    </message>
    <message>
        <source>Merge target</source>
        <translation>Zielkunde</translation>
    </message>
    <message>
        <source>Pick a customer to see what will move.</source>
        <translation>Wählen Sie einen Kunden, um zu sehen, was verschoben wird.</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Was verschoben wird</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>„{source}“ mit „{target}“ zusammenführen?</translation>
    </message>
    <message>
        <source>{moves} This cannot be undone.</source>
        <translation>{moves} Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Status des Postausgangs</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>Auswahl &amp;erneut senden</translation>
    </message>
    <message>
        <source>Send a failed message again, with the same Message-ID</source>
        <translation>Eine fehlgeschlagene Nachricht erneut senden, mit derselben Message-ID</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for {number}</source>
        <translation>Zahlung für {number} erfassen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>bank transfer, cash, card…</source>
        <translation>Überweisung, bar, Karte…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Betrag ({currency}):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>is more than the balance of {balance}</source>
        <translation>ist mehr als der offene Betrag von {balance}</translation>
    </message>
    <message>
        <source>Payment message</source>
        <translation>Zahlungsmeldung</translation>
    </message>
</context>
<context>
    <name>PotentialsView</name>
    <message>
        <source>Potentials</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Deals from Zoho CRM appear here after the first import.</source>
        <translation>Verkaufschancen aus Zoho CRM erscheinen hier nach dem ersten Import.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the potentials listed here as a CSV file</source>
        <translation>Die hier gelisteten Verkaufschancen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of the selected potential&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumente der ausgewählten Verkaufschance&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n potential(s) from Zoho CRM</source>
        <translation>
            <numerusform>%n Verkaufschance aus Zoho CRM</numerusform>
            <numerusform>%n Verkaufschancen aus Zoho CRM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Receivables by days past due</source>
        <translation>Forderungen nach Tagen Verzug</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range} Tage</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months ({currency})</source>
        <translation>Umsatz der letzten 12 Monate ({currency})</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingenommen</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox could not start: {reason}</source>
        <translation>Die Sandbox konnte nicht starten: {reason}</translation>
    </message>
    <message>
        <source>it stopped at once</source>
        <translation>sie stoppte sofort</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send reminder for {number}</source>
        <translation>Zahlungserinnerung für {number} senden</translation>
    </message>
    <message>
        <source>Send email {number}</source>
        <translation>E-Mail {number} senden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;CC:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;BCC:</source>
        <translation>&amp;BCC:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>{name} (the PDF as shown in the viewer)</source>
        <translation>{name} (das PDF wie im Betrachter)</translation>
    </message>
    <message>
        <source>To: give at least one address, or pick a contact person.</source>
        <translation>An: Geben Sie mindestens eine Adresse an oder wählen Sie einen Ansprechpartner.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Einstellungsmeldung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>e.g. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX</source>
        <translation>z. B. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Zahlungsangaben</translation>
    </message>
    <message>
        <source>PNG or JPEG printed on documents</source>
        <translation>PNG oder JPEG, auf Dokumente gedruckt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Round taxes on each line</source>
        <translation>Steuern je Zeile runden</translation>
    </message>
    <message>
        <source>Round taxes once per document</source>
        <translation>Steuern einmal je Dokument runden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Tax / &amp;VAT id:</source>
        <translation>Steuer- / &amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Payment &amp;details:</source>
        <translation>Zahlungs&amp;angaben:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Tax rounding:</source>
        <translation>Steuer&amp;rundung:</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Präfix der Rechnungen:</translation>
    </message>
    <message>
        <source>Invoice digits:</source>
        <translation>Stellen der Rechnungsnummer:</translation>
    </message>
    <message>
        <source>Estimate prefix:</source>
        <translation>Präfix der Angebote:</translation>
    </message>
    <message>
        <source>Estimate digits:</source>
        <translation>Stellen der Angebotsnummer:</translation>
    </message>
    <message>
        <source>Credit note prefix:</source>
        <translation>Präfix der Gutschriften:</translation>
    </message>
    <message>
        <source>Credit note digits:</source>
        <translation>Stellen der Gutschriftsnummer:</translation>
    </message>
    <message>
        <source>Numbers already given never change; new ones follow these settings.</source>
        <translation>Bereits vergebene Nummern ändern sich nie; neue folgen diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Estimates follow deals: create when a deal is created, accept when won, decline when lost</source>
        <translation>Angebote folgen den Verkaufschancen: anlegen, wenn eine Chance entsteht, annehmen bei Gewinn, ablehnen bei Verlust</translation>
    </message>
    <message>
        <source>Invoices follow deals: create when a deal is won, void when lost</source>
        <translation>Rechnungen folgen den Verkaufschancen: anlegen bei Gewinn, stornieren bei Verlust</translation>
    </message>
    <message>
        <source>Won stages</source>
        <translation>Gewinn-Phasen</translation>
    </message>
    <message>
        <source>Lost stages</source>
        <translation>Verlust-Phasen</translation>
    </message>
    <message>
        <source>Stages meaning &amp;won:</source>
        <translation>Phasen für &amp;Gewinn:</translation>
    </message>
    <message>
        <source>Stages meaning &amp;lost:</source>
        <translation>Phasen für &amp;Verlust:</translation>
    </message>
    <message>
        <source>Separate stages with commas. A document you change by hand is never touched by a workflow again.</source>
        <translation>Phasen durch Kommas trennen. Ein Dokument, das Sie von Hand ändern, wird nie wieder von einem Workflow angefasst.</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM.</source>
        <translation>Nicht mit Zoho CRM verbunden.</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Alle 12 Stunden automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Zoho CRM</source>
        <translation>Von Zoho CRM &amp;trennen</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Rechnungen und Angebote in Zoho CRM zeigen (eine Notiz und das PDF)</translation>
    </message>
    <message>
        <source>The key needs the scopes ZohoCRM.modules.notes.ALL and ZohoCRM.modules.attachments.ALL; File → CRM outbox shows what waits.</source>
        <translation>Der Schlüssel braucht die Bereiche ZohoCRM.modules.notes.ALL und ZohoCRM.modules.attachments.ALL; Datei → CRM-Postausgang zeigt, was wartet.</translation>
    </message>
    <message>
        <source>Disconnecting forgets the key; imported customers and documents stay.</source>
        <translation>Beim Trennen wird der Schlüssel vergessen; importierte Kunden und Dokumente bleiben erhalten.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>e.g. de_DE, fr_FR, es_ES (empty: English)</source>
        <translation>z. B. de_DE, fr_FR, es_ES (leer: Englisch)</translation>
    </message>
    <message>
        <source>Documents&apos; language and country</source>
        <translation>Sprache und Land der Dokumente</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Sprache des Fensters:</translation>
    </message>
    <message>
        <source>The window speaks it from the next start.</source>
        <translation>Das Fenster verwendet sie ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Documents&apos; language:</source>
        <translation>Sprache der &amp;Dokumente:</translation>
    </message>
    <message>
        <source>Invoices, estimates, statements and emails use it, with its amounts and dates, unless the customer has a document language of its own.</source>
        <translation>Rechnungen, Angebote, Kontoauszüge und E-Mails verwenden sie samt Beträgen und Datumsangaben, außer der Kunde hat eine eigene Dokumentsprache.</translation>
    </message>
    <message>
        <source>Connected to {organization} as {email} (data centre {data_centre}).</source>
        <translation>Verbunden mit {organization} als {email} (Rechenzentrum {data_centre}).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>verwenden Sie einen dreibuchstabigen Code wie USD oder EUR</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>name at least one won and one lost stage</source>
        <translation>nennen Sie mindestens eine Gewinn- und eine Verlust-Phase</translation>
    </message>
    <message>
        <source>Disconnected. Imported customers and documents stay.</source>
        <translation>Getrennt. Importierte Kunden und Dokumente bleiben erhalten.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Document window</source>
        <translation>Dokumentfenster</translation>
    </message>
    <message>
        <source>Document editor</source>
        <translation>Dokumenteditor</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Sync with Zoho CRM</source>
        <translation>Mit Zoho CRM synchronisieren</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ausgewähltes Dokument öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Nächster / vorheriger Reiter</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Edit the document</source>
        <translation>Dokument bearbeiten</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Stornieren (fragt vorher)</translation>
    </message>
    <message>
        <source>Next document in the list</source>
        <translation>Nächstes Dokument der Liste</translation>
    </message>
    <message>
        <source>Previous document in the list</source>
        <translation>Vorheriges Dokument der Liste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel (asks when something was typed)</source>
        <translation>Abbrechen (fragt nach, wenn etwas eingegeben wurde)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Übersprungene Datensätze</translation>
    </message>
    <message>
        <source>Select a run to see the records it skipped.</source>
        <translation>Wählen Sie einen Lauf, um die übersprungenen Datensätze zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Run of {when}: %n skipped record(s)</source>
        <translation>
            <numerusform>Lauf vom {when}: %n übersprungener Datensatz</numerusform>
            <numerusform>Lauf vom {when}: %n übersprungene Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Run of {when} skipped nothing.</source>
        <translation>Lauf vom {when} hat nichts übersprungen.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{reason} This window will check again later.</source>
        <translation>{reason} Dieses Fenster prüft später erneut.</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Nicht mit Zoho CRM verbunden — noch nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Synchronisierung wiederholen</translation>
    </message>
    <message>
        <source>Syncing with Zoho CRM…</source>
        <translation>Synchronisierung mit Zoho CRM…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing with Zoho CRM — {module}: %n record(s)</source>
        <translation>
            <numerusform>Synchronisierung mit Zoho CRM — {module}: %n Datensatz</numerusform>
            <numerusform>Synchronisierung mit Zoho CRM — {module}: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synchronisierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync {when}: {changes}</source>
        <translation>Letzte Synchronisierung {when}: {changes}</translation>
    </message>
    <message>
        <source>Last sync {when} failed: {reason}</source>
        <translation>Letzte Synchronisierung {when} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Last sync {when} was {status}</source>
        <translation>Letzte Synchronisierung {when}: {status}</translation>
    </message>
    <message>
        <source> · auto-update is off</source>
        <translation> · automatische Aktualisierung ist aus</translation>
    </message>
    <message>
        <source> · next sync now</source>
        <translation> · nächste Synchronisierung jetzt</translation>
    </message>
    <message>
        <source> · next {when}</source>
        <translation> · nächste {when}</translation>
    </message>
</context>
<context>
    <name>TaxRatesView</name>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Steuername</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Compound (also taxes the other taxes)</source>
        <translation>Zusammengesetzt (besteuert auch die anderen Steuern)</translation>
    </message>
    <message>
        <source>&amp;Add tax</source>
        <translation>Steuer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;rchive selected</source>
        <translation>Auswahl a&amp;rchivieren</translation>
    </message>
    <message>
        <source>Default tax</source>
        <translation>Standardsteuer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Satz (%):</translation>
    </message>
    <message>
        <source>&amp;Default tax of new lines:</source>
        <translation>&amp;Standardsteuer neuer Zeilen:</translation>
    </message>
    <message>
        <source>A tax in use is archived, never deleted: documents keep the name and rate they were written with.</source>
        <translation>Eine verwendete Steuer wird archiviert, nie gelöscht: Dokumente behalten Name und Satz, mit denen sie geschrieben wurden.</translation>
    </message>
    <message>
        <source>(no default tax)</source>
        <translation>(keine Standardsteuer)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a tax to archive.</source>
        <translation>Wählen Sie eine Steuer zum Archivieren.</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} archiviert.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Invoice Desk user guide</source>
        <translation>Benutzerhandbuch von Invoice Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide could not be read: {reason}</source>
        <translation>Das Benutzerhandbuch konnte nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Invoice Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Invoice Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Invoices, estimates and credit notes for your Zoho CRM customers, on this computer and offline. Three steps and you are ready:</source>
        <translation>Rechnungen, Angebote und Gutschriften für Ihre Zoho-CRM-Kunden, auf diesem Computer und offline. Drei Schritte, und Sie sind startklar:</translation>
    </message>
    <message>
        <source>Enter your &amp;business details…</source>
        <translation>Ihre &amp;Firmendaten eingeben…</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>Aus Zoho CRM &amp;importieren…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox CRM</source>
        <translation>&amp;Sandbox-CRM ausprobieren</translation>
    </message>
    <message>
        <source>Start a Zoho-like CRM with sample customers on this computer and import them</source>
        <translation>Ein Zoho-ähnliches CRM mit Beispielkunden auf diesem Computer starten und importieren</translation>
    </message>
    <message>
        <source>Set up your &amp;tax rates…</source>
        <translation>Ihre &amp;Steuersätze einrichten…</translation>
    </message>
    <message>
        <source>Welcome status</source>
        <translation>Willkommensstatus</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Name, address, tax id, payment details, logo and currency: printed on every document.</source>
        <translation>Name, Adresse, Steuernummer, Zahlungsangaben, Logo und Währung: auf jedes Dokument gedruckt.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ihre Kunden</translation>
    </message>
    <message>
        <source>Bring in your Zoho CRM Accounts and Contacts; they stay up to date every 12 hours. No Zoho account at hand? Try the sandbox: sample customers, nothing leaves this computer.</source>
        <translation>Übernehmen Sie Ihre Konten und Kontakte aus Zoho CRM; sie werden alle 12 Stunden aktualisiert. Kein Zoho-Konto zur Hand? Probieren Sie die Sandbox: Beispielkunden, nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Your tax rates</source>
        <translation>Ihre Steuersätze</translation>
    </message>
    <message>
        <source>The rates you charge, such as “VAT 20%”, and the one new lines get.</source>
        <translation>Die Sätze, die Sie berechnen, etwa „MwSt 19%“, und der für neue Zeilen.</translation>
    </message>
    <message>
        <source>Go to the &amp;window</source>
        <translation>Zum &amp;Fenster</translation>
    </message>
</context>
<context>
    <name>_FigureButton</name>
    <message>
        <source>{title}: {figures} — click to open the list</source>
        <translation>{title}: {figures} — klicken, um die Liste zu öffnen</translation>
    </message>
</context>
</TS>
