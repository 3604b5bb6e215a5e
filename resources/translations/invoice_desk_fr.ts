<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressField</name>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nom@example.com, autre@example.com</translation>
    </message>
    <message>
        <source>Contacts ▾</source>
        <translation>Contacts ▾</translation>
    </message>
    <message>
        <source>{field}: pick a contact person</source>
        <translation>{field} : choisissez un contact</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <source>Apply {number} to an invoice</source>
        <translation>Imputer {number} sur une facture</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>{number} — {amount} due</source>
        <translation>{number} — {amount} dû</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Facture :</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montant ({currency}) :</translation>
    </message>
    <message>
        <source>this customer has no invoice left to pay in this currency</source>
        <translation>ce client n&apos;a plus de facture à payer dans cette devise</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database to</source>
        <translation>Sauvegarder la base de données dans</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>The backup is in {path}.</source>
        <translation>La sauvegarde se trouve dans {path}.</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurer la base de données depuis</translation>
    </message>
    <message>
        <source>Invoice Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Bases Invoice Desk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The backup is in place. The replaced database is kept at {path}. Invoice Desk restarts to use it.</source>
        <translation>La sauvegarde est en place. La base remplacée est conservée dans {path}. Invoice Desk redémarre pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The backup is in place. Invoice Desk restarts to use it.</source>
        <translation>La sauvegarde est en place. Invoice Desk redémarre pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}? The current database is kept beside it, and Invoice Desk restarts.</source>
        <translation>Remplacer la base de données par la sauvegarde {name} ? La base actuelle est conservée à côté, et Invoice Desk redémarre.</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Invoice Desk hit a bug. Your data is safe; the action did not finish.
Copy the report below and send it to support.</source>
        <translation>Invoice Desk a rencontré un bogue. Vos données sont intactes ; l&apos;action n&apos;a pas abouti.
Copiez le rapport ci-dessous et envoyez-le au support.</translation>
    </message>
    <message>
        <source>Bug report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
<context>
    <name>CatalogueViews</name>
    <message>
        <source>compound</source>
        <translation>composée</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>{tax} — {flags}</source>
        <translation>{tax} — {flags}</translation>
    </message>
    <message>
        <source>{name} {rate}%</source>
        <translation>{name} {rate} %</translation>
    </message>
    <message>
        <source>{name} — {rate} per {unit}</source>
        <translation>{name} — {rate} par {unit}</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>Enregistrement CRM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due / expiry</source>
        <translation>Échéance / validité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>environ {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>environ {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>environ {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>CrmOutboxDialog</name>
    <message>
        <source>Show note</source>
        <translation>Afficher la note</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>CRM outbox</source>
        <translation>Boîte d&apos;envoi CRM</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Afficher les factures et devis dans Zoho CRM (une note et le PDF)</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Lecture de la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Résumé de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting changes are sent to Zoho CRM after each sync (every 12 hours, or File → Sync now). They keep their order and are never sent twice.</source>
        <translation>Les changements en attente sont envoyés à Zoho CRM après chaque synchronisation (toutes les 12 heures, ou Fichier → Synchroniser maintenant). Ils gardent leur ordre et ne sont jamais envoyés deux fois.</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} failed, {done} in Zoho CRM.</source>
        <translation>{waiting} en attente, {failed} en échec, {done} dans Zoho CRM.</translation>
    </message>
    <message>
        <source>Nothing has been sent to Zoho CRM yet.</source>
        <translation>Rien n&apos;a encore été envoyé à Zoho CRM.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR.</source>
        <translation>utilisez un code à trois lettres comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>enter a number of days between 0 and 3650.</source>
        <translation>saisissez un nombre de jours entre 0 et 3650.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Sélectionnez un client pour voir ses détails.</translation>
    </message>
    <message>
        <source>From Zoho CRM</source>
        <translation>De Zoho CRM</translation>
    </message>
    <message>
        <source>These come from Zoho CRM and are updated by each sync.</source>
        <translation>Ces données viennent de Zoho CRM et sont mises à jour à chaque synchronisation.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Adresse de facturation :</translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation>Adresse de livraison :</translation>
    </message>
    <message>
        <source>Local to Invoice Desk</source>
        <translation>Propre à Invoice Desk</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>devise de l&apos;entreprise</translation>
    </message>
    <message>
        <source>days, e.g. 30</source>
        <translation>jours, p. ex. 30</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>D&amp;evise :</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Délai de &amp;paiement :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Nouvelle &amp;facture</translation>
    </message>
    <message>
        <source>New &amp;estimate</source>
        <translation>Nouveau &amp;devis</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Enregistrer un &amp;paiement</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>S&amp;tatement PDF…</source>
        <translation>&amp;Relevé en PDF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s statement: documents, payments and credits with a running balance</source>
        <translation>Enregistrer le relevé de ce client : documents, paiements et avoirs avec le solde progressif</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name} &lt;i&gt;(inactive)&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name} &lt;i&gt;(inactif)&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Sections du client</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Détai&amp;ls</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Saisissez le nom d&apos;un client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>CustomerTaxView</name>
    <message>
        <source>Tax and sending</source>
        <translation>Taxes et envoi</translation>
    </message>
    <message>
        <source>VAT / tax number printed on documents</source>
        <translation>N° de TVA / fiscal imprimé sur les documents</translation>
    </message>
    <message>
        <source>e.g. Intra-EU supply, reverse charge (Art. 196)</source>
        <translation>p. ex. livraison intracommunautaire, autoliquidation (art. 196)</translation>
    </message>
    <message>
        <source>The organization&apos;s language</source>
        <translation>Langue de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Save &amp;tax settings</source>
        <translation>Enregistrer les réglages de &amp;taxe</translation>
    </message>
    <message>
        <source>Tax &amp;id:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>Ta&amp;xe :</translation>
    </message>
    <message>
        <source>Exemption &amp;reason:</source>
        <translation>&amp;Motif d&apos;exonération :</translation>
    </message>
    <message>
        <source>Send documents &amp;to:</source>
        <translation>Envoyer les documents &amp;à :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>The organization&apos;s default</source>
        <translation>Celle de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Exonéré de taxe</translation>
    </message>
    <message>
        <source>The primary contact person</source>
        <translation>Le contact principal</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>say why the customer pays no tax</source>
        <translation>indiquez pourquoi le client ne paie pas de taxe</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Imported from Zoho CRM; its name, phone and addresses are updated by each sync.</source>
        <translation>Importé depuis Zoho CRM ; le nom, le téléphone et les adresses sont mis à jour à chaque synchronisation.</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search name, email or phone  (Ctrl+F)</source>
        <translation>Rechercher nom, e-mail ou téléphone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Afficher les &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importer depuis Zoho CRM…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch what changed in Zoho CRM (F5)</source>
        <translation>Récupérer ce qui a changé dans Zoho CRM (F5)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>Customer count</source>
        <translation>Nombre de clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the customers listed here as a CSV file</source>
        <translation>Enregistrer les clients listés ici dans un fichier CSV</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Aucun client pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose “Import from Zoho CRM…” to bring in your Accounts and Contacts. No Zoho account at hand? Run “invoice-desk sandbox” and use what it prints.</source>
        <translation>Choisissez « Importer depuis Zoho CRM… » pour récupérer vos comptes et contacts. Pas de compte Zoho sous la main ? Lancez « invoice-desk sandbox » et utilisez ce qu&apos;il affiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;This computer (a file in the data folder)</source>
        <translation>&amp;Cet ordinateur (un fichier dans le dossier de données)</translation>
    </message>
    <message>
        <source>&amp;Shared (PostgreSQL): everyone in the team uses one database</source>
        <translation>&amp;Partagée (PostgreSQL) : toute l&apos;équipe utilise une seule base</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Mode SSL :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data into the shared database (it must be empty)</source>
        <translation>&amp;Copier les données de cet ordinateur dans la base partagée (elle doit être vide)</translation>
    </message>
    <message>
        <source>In use: {database}</source>
        <translation>Utilisée : {database}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: {version} answers.</source>
        <translation>Connecté : {version} répond.</translation>
    </message>
    <message>
        <source>this computer&apos;s database</source>
        <translation>la base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>the shared database {host}/{database}</source>
        <translation>la base partagée {host}/{database}</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data to the shared database…</source>
        <translation>Copie des données de cet ordinateur dans la base partagée…</translation>
    </message>
    <message>
        <source>the shared database ({rows} rows copied)</source>
        <translation>la base partagée ({rows} lignes copiées)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Potentials</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation>Envoyer une &amp;relance…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Statement saved to {path}.</source>
        <translation>Relevé enregistré dans {path}.</translation>
    </message>
    <message>
        <source>This customer has no invoice with a balance.</source>
        <translation>Ce client n&apos;a aucune facture avec un solde dû.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Starting the sandbox CRM on this computer…</source>
        <translation>Démarrage du CRM bac à sable sur cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>DocumentAction</name>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Convert to invoice</source>
        <translation>&amp;Convertir en facture</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Enregistrer un &amp;paiement</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Annuler la facture</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Payments are recorded against invoices, not estimates.</source>
        <translation>Les paiements s&apos;enregistrent sur les factures, pas sur les devis.</translation>
    </message>
    <message>
        <source>Payments are recorded against invoices, not credit notes.</source>
        <translation>Les paiements s&apos;enregistrent sur les factures, pas sur les avoirs.</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>Il ne reste rien à payer sur cette facture.</translation>
    </message>
</context>
<context>
    <name>DocumentEditorDialog</name>
    <message>
        <source>INV-000001 (optional)</source>
        <translation>INV-000001 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>E&amp;xpiry date:</source>
        <translation>&amp;Valable jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>For &amp;invoice:</source>
        <translation>Pour la &amp;facture :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>D&amp;evise :</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Supprimer la &amp;ligne</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>10% or 5.00</source>
        <translation>10% ou 5.00</translation>
    </message>
    <message>
        <source>Discount before tax</source>
        <translation>Remise avant taxes</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>0.00 (may be negative)</source>
        <translation>0.00 (peut être négatif)</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>Re&amp;mise :</translation>
    </message>
    <message>
        <source>&amp;Shipping:</source>
        <translation>&amp;Livraison :</translation>
    </message>
    <message>
        <source>Ad&amp;justment:</source>
        <translation>A&amp;justement :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Conditions :</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Editor message</source>
        <translation>Message de l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>utilisez un code à trois lettres comme USD ou EUR</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>ajoutez au moins une ligne</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>cannot be before the document&apos;s date</source>
        <translation>ne peut pas précéder la date du document</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Sub total</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>{name} ({rate}%)</source>
        <translation>{name} ({rate} %)</translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation>Total ({currency})</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>pick a customer from the suggestions</source>
        <translation>choisissez un client parmi les suggestions</translation>
    </message>
    <message>
        <source>Save ({shortcut})</source>
        <translation>Enregistrer ({shortcut})</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>devise de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Discard the changes to this document?</source>
        <translation>Abandonner les modifications de ce document ?</translation>
    </message>
    <message>
        <source>What you typed here is not saved.</source>
        <translation>Ce que vous avez saisi ici n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>cannot be more than 100%</source>
        <translation>ne peut pas dépasser 100%</translation>
    </message>
    <message>
        <source>{text} has a comma that could be a decimal mark; commas separate taxes, so write a rate with a dot, like “VAT 9.5%”</source>
        <translation>{text} contient une virgule qui pourrait être un séparateur décimal ; les virgules séparent les taxes, écrivez donc un taux avec un point, comme « TVA 9.5% »</translation>
    </message>
    <message>
        <source>write each tax as a name and a rate, like “VAT 20%”, not “{part}”</source>
        <translation>écrivez chaque taxe avec un nom et un taux, comme « TVA 20% », pas « {part} »</translation>
    </message>
    <message>
        <source>the rate of {name} cannot be negative</source>
        <translation>le taux de {name} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Line {number} item</source>
        <translation>Article de la ligne {number}</translation>
    </message>
    <message>
        <source>Line {number} quantity</source>
        <translation>Quantité de la ligne {number}</translation>
    </message>
    <message>
        <source>Line {number} rate</source>
        <translation>Prix de la ligne {number}</translation>
    </message>
    <message>
        <source>Line {number} discount</source>
        <translation>Remise de la ligne {number}</translation>
    </message>
    <message>
        <source>Line {number} taxes</source>
        <translation>Taxes de la ligne {number}</translation>
    </message>
    <message>
        <source>enter what is sold</source>
        <translation>indiquez ce qui est vendu</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Ligne {number}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>estimates</source>
        <translation>devis</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>avoirs</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>Nouvelle &amp;facture</translation>
    </message>
    <message>
        <source>&amp;New estimate</source>
        <translation>Nouveau &amp;devis</translation>
    </message>
    <message>
        <source>&amp;New credit note</source>
        <translation>Nouvel &amp;avoir</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Modifier la facture {number}</translation>
    </message>
    <message>
        <source>Edit estimate {number}</source>
        <translation>Modifier le devis {number}</translation>
    </message>
    <message>
        <source>Edit credit note {number}</source>
        <translation>Modifier l&apos;avoir {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <source>Estimate {number}</source>
        <translation>Devis {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Avoir {number}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>partiellement payée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
</context>
<context>
    <name>DocumentMoneyView</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>&amp;Delete payment</source>
        <translation>&amp;Supprimer le paiement</translation>
    </message>
    <message>
        <source>Appl&amp;y to invoice…</source>
        <translation>Imp&amp;uter sur une facture…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;mbourser…</translation>
    </message>
    <message>
        <source>Payment {date}  {amount} {currency}  {mode}</source>
        <translation>Paiement {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Credit {date}  {amount} {currency}  {document}</source>
        <translation>Avoir {date}  {amount} {currency}  {document}</translation>
    </message>
    <message>
        <source>Refund {date}  {amount} {currency}  {mode}</source>
        <translation>Remboursement {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Left to use: {amount} {currency}</source>
        <translation>Reste à utiliser : {amount} {currency}</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Solde : {amount} {currency}</translation>
    </message>
    <message>
        <source>Refund from {number}</source>
        <translation>Remboursement sur {number}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Ajuster à la largeur</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Save as e-&amp;invoice…</source>
        <translation>Enregistrer en facture &amp;électronique…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Send re&amp;minder…</source>
        <translation>Envoyer une re&amp;lance…</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Message du document</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>Historique des automatisations</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workflow history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des automatisations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu…</translation>
    </message>
    <message>
        <source>an unexpected error stopped it (it was reported).</source>
        <translation>une erreur inattendue l&apos;a arrêtée (elle a été signalée).</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Document {id}</translation>
    </message>
    <message>
        <source>{document} could not be shown: {reason}</source>
        <translation>{document} n&apos;a pas pu être affiché : {reason}</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds to render. Try again.</source>
        <translation>le rendu a pris plus de {seconds} secondes. Réessayez.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} — {message} (workflow)</source>
        <translation>{when} — {message} (automatisation)</translation>
    </message>
    <message>
        <source>{when} — {message} (you)</source>
        <translation>{when} — {message} (vous)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Send it by email</source>
        <translation>L&apos;envoyer par e-mail</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Annuler le document (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Edit this document</source>
        <translation>Modifier ce document</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>Annuler {number}</translation>
    </message>
    <message>
        <source>Void {number}?</source>
        <translation>Annuler {number} ?</translation>
    </message>
    <message>
        <source>A void document stays in the lists for the record, but can no longer be changed, sent or paid. This cannot be undone.</source>
        <translation>Un document annulé reste dans les listes pour mémoire, mais ne peut plus être modifié, envoyé ni payé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Annuler la facture</translation>
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
        <translation>Rechercher des factures : numéro, client, référence</translation>
    </message>
    <message>
        <source>Search estimates: number, customer, reference</source>
        <translation>Rechercher des devis : numéro, client, référence</translation>
    </message>
    <message>
        <source>Search credit notes: number, customer, reference</source>
        <translation>Rechercher des avoirs : numéro, client, référence</translation>
    </message>
    <message>
        <source>Search documents: number, customer, reference</source>
        <translation>Rechercher des documents : numéro, client, référence</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <source>Search estimates</source>
        <translation>Rechercher des devis</translation>
    </message>
    <message>
        <source>Search credit notes</source>
        <translation>Rechercher des avoirs</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Rechercher des documents</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the documents listed here as a CSV file</source>
        <translation>Enregistrer les documents listés ici dans un fichier CSV</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Aucune facture pour l&apos;instant</translation>
    </message>
    <message>
        <source>No estimates yet</source>
        <translation>Aucun devis pour l&apos;instant</translation>
    </message>
    <message>
        <source>No credit notes yet</source>
        <translation>Aucun avoir pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New invoice” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Sélectionnez un client dans l&apos;onglet Clients et choisissez « Nouvelle facture » (Ctrl+N crée une facture). Les opportunités peuvent aussi en créer : voir Paramètres → Automatisations.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New estimate” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Sélectionnez un client dans l&apos;onglet Clients et choisissez « Nouveau devis » (Ctrl+N crée une facture). Les opportunités peuvent aussi en créer : voir Paramètres → Automatisations.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New credit note” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Sélectionnez un client dans l&apos;onglet Clients et choisissez « Nouvel avoir » (Ctrl+N crée une facture). Les opportunités peuvent aussi en créer : voir Paramètres → Automatisations.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source> · total {total}, balance {balance}</source>
        <translation> · total {total}, solde {balance}</translation>
    </message>
    <message>
        <source>List the documents again (F5 syncs with Zoho CRM)</source>
        <translation>Relister les documents (F5 synchronise avec Zoho CRM)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFormatDialog</name>
    <message>
        <source>Save {number} as e-invoice</source>
        <translation>Enregistrer {number} en facture électronique</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
</context>
<context>
    <name>EinvoiceDialog</name>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with the invoice data inside, EN 16931)</source>
        <translation>Factur-X / ZUGFeRD (PDF contenant les données de la facture, EN 16931)</translation>
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
        <translation>Enregistrer la facture électronique</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Aucune (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>Paramètres d&apos;e-mail</translation>
    </message>
    <message>
        <source>usually your email address; empty: no login</source>
        <translation>en général votre adresse e-mail ; vide : sans connexion</translation>
    </message>
    <message>
        <source>Your Shop &lt;billing@example.com&gt;</source>
        <translation>Votre boutique &lt;facturation@example.com&gt;</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>Serveur d&apos;envoi</translation>
    </message>
    <message>
        <source>e.g. 7, 21 — empty: no automatic reminders</source>
        <translation>p. ex. 7, 21 — vide : pas de relance automatique</translation>
    </message>
    <message>
        <source>Document subject:</source>
        <translation>Objet du document :</translation>
    </message>
    <message>
        <source>Document message:</source>
        <translation>Message du document :</translation>
    </message>
    <message>
        <source>Reminder subject:</source>
        <translation>Objet de la relance :</translation>
    </message>
    <message>
        <source>Reminder message:</source>
        <translation>Message de relance :</translation>
    </message>
    <message>
        <source>Remind automatically, days after due:</source>
        <translation>Relancer automatiquement, jours après l&apos;échéance :</translation>
    </message>
    <message>
        <source>&lt;small&gt;Placeholders: {names}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Variables : {names}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Email settings status</source>
        <translation>État des paramètres d&apos;e-mail</translation>
    </message>
    <message>
        <source>Send &amp;test mail</source>
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>conservé dans le trousseau du système — saisissez pour remplacer</translation>
    </message>
    <message>
        <source>not stored yet — it will be kept in the system keyring</source>
        <translation>pas encore enregistré — il sera conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saving and sending a test message…</source>
        <translation>Enregistrement et envoi d&apos;un message de test…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. The settings are saved.</source>
        <translation>Message de test envoyé à {address}. Les paramètres sont enregistrés.</translation>
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
        <translation>&lt;h2&gt;Accueil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Devise du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Revenue in</source>
        <translation>Chiffre d&apos;affaires en</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>Dû à vous</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>Estimates pipeline</source>
        <translation>Devis en cours</translation>
    </message>
    <message>
        <source>Open estimates</source>
        <translation>Devis en cours</translation>
    </message>
    <message>
        <source>Aging chart</source>
        <translation>Graphique de l&apos;antériorité</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Graphique du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Activité récente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Rien de dû</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n facture échue</numerusform>
            <numerusform>%n factures échues</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>{when}   {number}   {message}</source>
        <translation>{when}   {number}   {message}</translation>
    </message>
    <message>
        <source>Nothing yet: new invoices and payments show up here.</source>
        <translation>Rien pour l&apos;instant : les nouvelles factures et les paiements apparaissent ici.</translation>
    </message>
    <message>
        <source>No open estimates</source>
        <translation>Aucun devis en cours</translation>
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
        <translation>Importer depuis Zoho CRM</translation>
    </message>
    <message>
        <source>Self Client grant code or refresh token</source>
        <translation>Code d&apos;autorisation Self Client ou jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Mise à jour automatique toutes les 12 heures</translation>
    </message>
    <message>
        <source>https://www.zohoapis.com (default for the data centre)</source>
        <translation>https://www.zohoapis.com (par défaut pour le centre de données)</translation>
    </message>
    <message>
        <source>https://accounts.zoho.com (default)</source>
        <translation>https://accounts.zoho.com (par défaut)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>Accounts URL</source>
        <translation>URL des comptes</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Client API</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>Centre de &amp;données :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de l&apos;&amp;API :</translation>
    </message>
    <message>
        <source>Acc&amp;ounts URL:</source>
        <translation>URL des c&amp;omptes :</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Message d&apos;importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{field}: start it with https:// (or http:// for a local sandbox).</source>
        <translation>{field} : commencez par https:// (ou http:// pour un bac à sable local).</translation>
    </message>
    <message>
        <source>Connecting to Zoho CRM…</source>
        <translation>Connexion à Zoho CRM…</translation>
    </message>
    <message>
        <source>Connected to {organization}. Importing customers…</source>
        <translation>Connecté à {organization}. Importation des clients…</translation>
    </message>
    <message>
        <source>A sync is already running; try again when it ends.</source>
        <translation>Une synchronisation est déjà en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported so far is kept.</source>
        <translation>Importation annulée. Ce qui a déjà été importé est conservé.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: {done} of about %n record(s) — {left} left</source>
        <translation>
            <numerusform>Importation de {module} : {done} sur environ %n enregistrement — reste {left}</numerusform>
            <numerusform>Importation de {module} : {done} sur environ %n enregistrements — reste {left}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: %n record(s), page {page} — {elapsed} so far</source>
        <translation>
            <numerusform>Importation de {module} : %n enregistrement, page {page} — {elapsed} écoulé</numerusform>
            <numerusform>Importation de {module} : %n enregistrements, page {page} — {elapsed} écoulé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>hour, piece, kg…</source>
        <translation>heure, pièce, kg…</translation>
    </message>
    <message>
        <source>Item taxes</source>
        <translation>Taxes de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un article</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l&apos;article</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <source>Item rate</source>
        <translation>Prix de l&apos;article</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Description de l&apos;article</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Item unit</source>
        <translation>Unité de l&apos;article</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Taxes :</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajouté.</translation>
    </message>
</context>
<context>
    <name>LineItemsDelegate</name>
    <message>
        <source>Pick a tax, or type several: “VAT 20%, *QST 9.975%”</source>
        <translation>Choisissez une taxe ou saisissez-en plusieurs : « TVA 20%, *QST 9.975% »</translation>
    </message>
</context>
<context>
    <name>LineItemsTableModel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Name and rate, comma-separated: “VAT 20%, *QST 9.975%” (* = compound)</source>
        <translation>Nom et taux, séparés par des virgules : « TVA 20%, *QST 9.975% » (* = composée)</translation>
    </message>
    <message>
        <source>“10%” for a percentage, “5.00” for an amount</source>
        <translation>« 10% » pour un pourcentage, « 5.00 » pour un montant</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>{number} sent</source>
        <translation>{number} envoyé</translation>
    </message>
    <message>
        <source>{number} {state}: {error}</source>
        <translation>{number} {state} : {error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>Boîte d&apos;envoi : {sent} envoyés, {failed} en échec, {waiting} en attente.</translation>
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
        <translation>Sections principales</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Pas connecté à Zoho CRM — rien à synchroniser pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importer depuis Zoho CRM…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Journal de synchronisation…</translation>
    </message>
    <message>
        <source>CRM &amp;outbox…</source>
        <translation>Boîte d&apos;envoi &amp;CRM…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>E&amp;mail settings…</source>
        <translation>Paramètres d&apos;e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Boîte d&apos;&amp;envoi…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Invoice Desk</source>
        <translation>À &amp;propos d&apos;Invoice Desk</translation>
    </message>
    <message>
        <source>About Invoice Desk</source>
        <translation>À propos d&apos;Invoice Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Invoices and estimates for your Zoho CRM customers, offline.</source>
        <translation>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Factures et devis pour vos clients Zoho CRM, hors ligne.</translation>
    </message>
    <message>
        <source>New &amp;estimate…</source>
        <translation>Nouveau &amp;devis…</translation>
    </message>
    <message>
        <source>New &amp;credit note…</source>
        <translation>Nouvel &amp;avoir…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “{name}” into…</source>
        <translation>Fusionner « {name} » avec…</translation>
    </message>
    <message>
        <source>Pick the customer that stays. “{name}” moves into it and disappears from lists.</source>
        <translation>Choisissez le client qui reste. « {name} » y est fusionné et disparaît des listes.</translation>
    </message>
    <message>
        <source>Search the customer that stays</source>
        <translation>Rechercher le client qui reste</translation>
    </message>
    <message>
        <source>Search merge target</source>
        <translation>Rechercher le client cible</translation>
    </message>
    <message>
        <source>Merge target</source>
        <translation>Client cible</translation>
    </message>
    <message>
        <source>Pick a customer to see what will move.</source>
        <translation>Choisissez un client pour voir ce qui sera déplacé.</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Ce qui sera déplacé</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>Fusionner « {source} » avec « {target} » ?</translation>
    </message>
    <message>
        <source>{moves} This cannot be undone.</source>
        <translation>{moves} Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Messages de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>État de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Réessayer la sélection</translation>
    </message>
    <message>
        <source>Send a failed message again, with the same Message-ID</source>
        <translation>Renvoyer un message en échec, avec le même Message-ID</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for {number}</source>
        <translation>Enregistrer un paiement pour {number}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>bank transfer, cash, card…</source>
        <translation>virement, espèces, carte…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montant ({currency}) :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>is more than the balance of {balance}</source>
        <translation>dépasse le solde de {balance}</translation>
    </message>
    <message>
        <source>Payment message</source>
        <translation>Message du paiement</translation>
    </message>
</context>
<context>
    <name>PotentialsView</name>
    <message>
        <source>Potentials</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Deals from Zoho CRM appear here after the first import.</source>
        <translation>Les opportunités de Zoho CRM apparaissent ici après la première importation.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the potentials listed here as a CSV file</source>
        <translation>Enregistrer les opportunités listées ici dans un fichier CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of the selected potential&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents de l&apos;opportunité sélectionnée&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n potential(s) from Zoho CRM</source>
        <translation>
            <numerusform>%n opportunité de Zoho CRM</numerusform>
            <numerusform>%n opportunités de Zoho CRM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Receivables by days past due</source>
        <translation>Créances par jours de retard</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range} jours</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months ({currency})</source>
        <translation>Chiffre d&apos;affaires des 12 derniers mois ({currency})</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox could not start: {reason}</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>it stopped at once</source>
        <translation>elle s&apos;est arrêtée aussitôt</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send reminder for {number}</source>
        <translation>Envoyer une relance pour {number}</translation>
    </message>
    <message>
        <source>Send email {number}</source>
        <translation>Envoyer {number} par e-mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;CC:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>&amp;BCC:</source>
        <translation>&amp;Cci :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>État de l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>{name} (the PDF as shown in the viewer)</source>
        <translation>{name} (le PDF tel qu&apos;affiché)</translation>
    </message>
    <message>
        <source>To: give at least one address, or pick a contact person.</source>
        <translation>À : indiquez au moins une adresse ou choisissez un contact.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Automatisations</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>e.g. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX</source>
        <translation>p. ex. IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <source>PNG or JPEG printed on documents</source>
        <translation>PNG ou JPEG imprimé sur les documents</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Round taxes on each line</source>
        <translation>Arrondir les taxes à chaque ligne</translation>
    </message>
    <message>
        <source>Round taxes once per document</source>
        <translation>Arrondir les taxes une fois par document</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Tax / &amp;VAT id:</source>
        <translation>N° de taxe / &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Payment &amp;details:</source>
        <translation>Coordonnées &amp;bancaires :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Tax rounding:</source>
        <translation>&amp;Arrondi des taxes :</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Préfixe des factures :</translation>
    </message>
    <message>
        <source>Invoice digits:</source>
        <translation>Chiffres des factures :</translation>
    </message>
    <message>
        <source>Estimate prefix:</source>
        <translation>Préfixe des devis :</translation>
    </message>
    <message>
        <source>Estimate digits:</source>
        <translation>Chiffres des devis :</translation>
    </message>
    <message>
        <source>Credit note prefix:</source>
        <translation>Préfixe des avoirs :</translation>
    </message>
    <message>
        <source>Credit note digits:</source>
        <translation>Chiffres des avoirs :</translation>
    </message>
    <message>
        <source>Numbers already given never change; new ones follow these settings.</source>
        <translation>Les numéros déjà attribués ne changent jamais ; les nouveaux suivent ces réglages.</translation>
    </message>
    <message>
        <source>Estimates follow deals: create when a deal is created, accept when won, decline when lost</source>
        <translation>Les devis suivent les opportunités : créés à la création d&apos;une opportunité, acceptés si elle est gagnée, refusés si elle est perdue</translation>
    </message>
    <message>
        <source>Invoices follow deals: create when a deal is won, void when lost</source>
        <translation>Les factures suivent les opportunités : créées si elle est gagnée, annulées si elle est perdue</translation>
    </message>
    <message>
        <source>Won stages</source>
        <translation>Étapes gagnées</translation>
    </message>
    <message>
        <source>Lost stages</source>
        <translation>Étapes perdues</translation>
    </message>
    <message>
        <source>Stages meaning &amp;won:</source>
        <translation>Étapes signifiant &amp;gagné :</translation>
    </message>
    <message>
        <source>Stages meaning &amp;lost:</source>
        <translation>Étapes signifiant &amp;perdu :</translation>
    </message>
    <message>
        <source>Separate stages with commas. A document you change by hand is never touched by a workflow again.</source>
        <translation>Séparez les étapes par des virgules. Un document que vous modifiez à la main n&apos;est plus jamais touché par une automatisation.</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM.</source>
        <translation>Pas connecté à Zoho CRM.</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Mise à jour automatique toutes les 12 heures</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Zoho CRM</source>
        <translation>Se &amp;déconnecter de Zoho CRM</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Afficher les factures et devis dans Zoho CRM (une note et le PDF)</translation>
    </message>
    <message>
        <source>The key needs the scopes ZohoCRM.modules.notes.ALL and ZohoCRM.modules.attachments.ALL; File → CRM outbox shows what waits.</source>
        <translation>La clé doit avoir les portées ZohoCRM.modules.notes.ALL et ZohoCRM.modules.attachments.ALL ; Fichier → Boîte d&apos;envoi CRM montre ce qui attend.</translation>
    </message>
    <message>
        <source>Disconnecting forgets the key; imported customers and documents stay.</source>
        <translation>La déconnexion oublie la clé ; les clients et documents importés sont conservés.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>e.g. de_DE, fr_FR, es_ES (empty: English)</source>
        <translation>p. ex. de_DE, fr_FR, es_ES (vide : anglais)</translation>
    </message>
    <message>
        <source>Documents&apos; language and country</source>
        <translation>Langue et pays des documents</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Langue de la &amp;fenêtre :</translation>
    </message>
    <message>
        <source>The window speaks it from the next start.</source>
        <translation>La fenêtre l&apos;utilise à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Documents&apos; language:</source>
        <translation>Langue des &amp;documents :</translation>
    </message>
    <message>
        <source>Invoices, estimates, statements and emails use it, with its amounts and dates, unless the customer has a document language of its own.</source>
        <translation>Les factures, devis, relevés et e-mails l&apos;utilisent, avec ses montants et ses dates, sauf si le client a sa propre langue de documents.</translation>
    </message>
    <message>
        <source>Connected to {organization} as {email} (data centre {data_centre}).</source>
        <translation>Connecté à {organization} en tant que {email} (centre de données {data_centre}).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>utilisez un code à trois lettres comme USD ou EUR</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>name at least one won and one lost stage</source>
        <translation>indiquez au moins une étape gagnée et une étape perdue</translation>
    </message>
    <message>
        <source>Disconnected. Imported customers and documents stay.</source>
        <translation>Déconnecté. Les clients et documents importés sont conservés.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
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
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Document window</source>
        <translation>Fenêtre du document</translation>
    </message>
    <message>
        <source>Document editor</source>
        <translation>Éditeur de document</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Sync with Zoho CRM</source>
        <translation>Synchroniser avec Zoho CRM</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ouvrir le document sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Onglet suivant / précédent</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <source>Edit the document</source>
        <translation>Modifier le document</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Annuler le document (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Next document in the list</source>
        <translation>Document suivant de la liste</translation>
    </message>
    <message>
        <source>Previous document in the list</source>
        <translation>Document précédent de la liste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel (asks when something was typed)</source>
        <translation>Annuler (demande confirmation si quelque chose a été saisi)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Exécutions de synchronisation</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Enregistrements ignorés</translation>
    </message>
    <message>
        <source>Select a run to see the records it skipped.</source>
        <translation>Sélectionnez une exécution pour voir les enregistrements ignorés.</translation>
    </message>
    <message numerus="yes">
        <source>Run of {when}: %n skipped record(s)</source>
        <translation>
            <numerusform>Exécution du {when} : %n enregistrement ignoré</numerusform>
            <numerusform>Exécution du {when} : %n enregistrements ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Run of {when} skipped nothing.</source>
        <translation>L&apos;exécution du {when} n&apos;a rien ignoré.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>La synchronisation a échoué.</translation>
    </message>
    <message>
        <source>{reason} This window will check again later.</source>
        <translation>{reason} Cette fenêtre vérifiera à nouveau plus tard.</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Pas connecté à Zoho CRM — rien à synchroniser pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Relancer la synchronisation</translation>
    </message>
    <message>
        <source>Syncing with Zoho CRM…</source>
        <translation>Synchronisation avec Zoho CRM…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing with Zoho CRM — {module}: %n record(s)</source>
        <translation>
            <numerusform>Synchronisation avec Zoho CRM — {module} : %n enregistrement</numerusform>
            <numerusform>Synchronisation avec Zoho CRM — {module} : %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Échec de la synchronisation : {reason}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last sync {when}: {changes}</source>
        <translation>Dernière synchronisation {when} : {changes}</translation>
    </message>
    <message>
        <source>Last sync {when} failed: {reason}</source>
        <translation>Dernière synchronisation {when} échouée : {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Last sync {when} was {status}</source>
        <translation>Dernière synchronisation {when} : {status}</translation>
    </message>
    <message>
        <source> · auto-update is off</source>
        <translation> · mise à jour automatique désactivée</translation>
    </message>
    <message>
        <source> · next sync now</source>
        <translation> · prochaine synchronisation maintenant</translation>
    </message>
    <message>
        <source> · next {when}</source>
        <translation> · prochaine {when}</translation>
    </message>
</context>
<context>
    <name>TaxRatesView</name>
    <message>
        <source>Tax rates</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Nom de la taxe</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Compound (also taxes the other taxes)</source>
        <translation>Composée (s&apos;applique aussi aux autres taxes)</translation>
    </message>
    <message>
        <source>&amp;Add tax</source>
        <translation>&amp;Ajouter une taxe</translation>
    </message>
    <message>
        <source>A&amp;rchive selected</source>
        <translation>A&amp;rchiver la sélection</translation>
    </message>
    <message>
        <source>Default tax</source>
        <translation>Taxe par défaut</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Taux (%) :</translation>
    </message>
    <message>
        <source>&amp;Default tax of new lines:</source>
        <translation>Taxe par &amp;défaut des nouvelles lignes :</translation>
    </message>
    <message>
        <source>A tax in use is archived, never deleted: documents keep the name and rate they were written with.</source>
        <translation>Une taxe utilisée est archivée, jamais supprimée : les documents gardent le nom et le taux avec lesquels ils ont été établis.</translation>
    </message>
    <message>
        <source>(no default tax)</source>
        <translation>(pas de taxe par défaut)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajouté.</translation>
    </message>
    <message>
        <source>Select a tax to archive.</source>
        <translation>Sélectionnez une taxe à archiver.</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} archivé.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Invoice Desk user guide</source>
        <translation>Guide d&apos;utilisation d&apos;Invoice Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The user guide could not be read: {reason}</source>
        <translation>Le guide d&apos;utilisation n&apos;a pas pu être lu : {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Invoice Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans Invoice Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Invoices, estimates and credit notes for your Zoho CRM customers, on this computer and offline. Three steps and you are ready:</source>
        <translation>Factures, devis et avoirs pour vos clients Zoho CRM, sur cet ordinateur et hors ligne. Trois étapes et vous êtes prêt :</translation>
    </message>
    <message>
        <source>Enter your &amp;business details…</source>
        <translation>Saisir les &amp;informations de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importer depuis Zoho CRM…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox CRM</source>
        <translation>Essayer le CRM &amp;bac à sable</translation>
    </message>
    <message>
        <source>Start a Zoho-like CRM with sample customers on this computer and import them</source>
        <translation>Démarrer un CRM de type Zoho avec des clients d&apos;exemple sur cet ordinateur et les importer</translation>
    </message>
    <message>
        <source>Set up your &amp;tax rates…</source>
        <translation>Configurer vos &amp;taux de taxe…</translation>
    </message>
    <message>
        <source>Welcome status</source>
        <translation>État de l&apos;accueil</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Name, address, tax id, payment details, logo and currency: printed on every document.</source>
        <translation>Nom, adresse, n° de TVA, coordonnées bancaires, logo et devise : imprimés sur chaque document.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Vos clients</translation>
    </message>
    <message>
        <source>Bring in your Zoho CRM Accounts and Contacts; they stay up to date every 12 hours. No Zoho account at hand? Try the sandbox: sample customers, nothing leaves this computer.</source>
        <translation>Importez vos comptes et contacts Zoho CRM ; ils restent à jour toutes les 12 heures. Pas de compte Zoho sous la main ? Essayez le bac à sable : des clients d&apos;exemple, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Your tax rates</source>
        <translation>Vos taux de taxe</translation>
    </message>
    <message>
        <source>The rates you charge, such as “VAT 20%”, and the one new lines get.</source>
        <translation>Les taux que vous appliquez, comme « TVA 20% », et celui des nouvelles lignes.</translation>
    </message>
    <message>
        <source>Go to the &amp;window</source>
        <translation>Aller à la &amp;fenêtre</translation>
    </message>
</context>
<context>
    <name>_FigureButton</name>
    <message>
        <source>{title}: {figures} — click to open the list</source>
        <translation>{title} : {figures} — cliquez pour ouvrir la liste</translation>
    </message>
</context>
</TS>
