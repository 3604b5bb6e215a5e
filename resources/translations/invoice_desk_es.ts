<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressField</name>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nombre@example.com, otro@example.com</translation>
    </message>
    <message>
        <source>Contacts ▾</source>
        <translation>Contactos ▾</translation>
    </message>
    <message>
        <source>{field}: pick a contact person</source>
        <translation>{field}: elija una persona de contacto</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <source>Apply {number} to an invoice</source>
        <translation>Aplicar {number} a una factura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>{number} — {amount} due</source>
        <translation>{number} — {amount} pendiente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Factura:</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <source>this customer has no invoice left to pay in this currency</source>
        <translation>este cliente no tiene facturas pendientes en esta moneda</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database to</source>
        <translation>Copia de seguridad de la base de datos en</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia realizada</translation>
    </message>
    <message>
        <source>The backup is in {path}.</source>
        <translation>La copia está en {path}.</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurar la base de datos desde</translation>
    </message>
    <message>
        <source>Invoice Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Bases de datos de Invoice Desk (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup is in place. The replaced database is kept at {path}. Invoice Desk restarts to use it.</source>
        <translation>La copia está en su sitio. La base sustituida se conserva en {path}. Invoice Desk se reinicia para usarla.</translation>
    </message>
    <message>
        <source>The backup is in place. Invoice Desk restarts to use it.</source>
        <translation>La copia está en su sitio. Invoice Desk se reinicia para usarla.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}? The current database is kept beside it, and Invoice Desk restarts.</source>
        <translation>¿Sustituir la base de datos por la copia {name}? La base actual se conserva al lado e Invoice Desk se reinicia.</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Invoice Desk hit a bug. Your data is safe; the action did not finish.
Copy the report below and send it to support.</source>
        <translation>Invoice Desk ha encontrado un error. Sus datos están a salvo; la acción no terminó.
Copie el informe de abajo y envíelo al soporte.</translation>
    </message>
    <message>
        <source>Bug report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
</context>
<context>
    <name>CatalogueViews</name>
    <message>
        <source>compound</source>
        <translation>compuesto</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
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
        <translation>{name} — {rate} por {unit}</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>Registro del CRM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due / expiry</source>
        <translation>Vencimiento / validez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID de CRM</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>unas {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>CrmOutboxDialog</name>
    <message>
        <source>Show note</source>
        <translation>Mostrar la nota</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Quitar la nota</translation>
    </message>
    <message>
        <source>CRM outbox</source>
        <translation>Bandeja de salida del CRM</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Mostrar facturas y presupuestos en Zoho CRM (una nota y el PDF)</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Leyendo la bandeja de salida…</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Resumen de la bandeja de salida</translation>
    </message>
    <message>
        <source>Waiting changes are sent to Zoho CRM after each sync (every 12 hours, or File → Sync now). They keep their order and are never sent twice.</source>
        <translation>Los cambios en espera se envían a Zoho CRM tras cada sincronización (cada 12 horas, o Archivo → Sincronizar ahora). Mantienen su orden y nunca se envían dos veces.</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} failed, {done} in Zoho CRM.</source>
        <translation>{waiting} en espera, {failed} fallidos, {done} en Zoho CRM.</translation>
    </message>
    <message>
        <source>Nothing has been sent to Zoho CRM yet.</source>
        <translation>Aún no se ha enviado nada a Zoho CRM.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR.</source>
        <translation>use un código de tres letras como USD o EUR.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <source>enter a number of days between 0 and 3650.</source>
        <translation>indique un número de días entre 0 y 3650.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Seleccione un cliente para ver sus datos.</translation>
    </message>
    <message>
        <source>From Zoho CRM</source>
        <translation>De Zoho CRM</translation>
    </message>
    <message>
        <source>These come from Zoho CRM and are updated by each sync.</source>
        <translation>Estos datos vienen de Zoho CRM y se actualizan en cada sincronización.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Dirección de facturación:</translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation>Dirección de envío:</translation>
    </message>
    <message>
        <source>Local to Invoice Desk</source>
        <translation>Solo en Invoice Desk</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>moneda de la empresa</translation>
    </message>
    <message>
        <source>days, e.g. 30</source>
        <translation>días, p. ej. 30</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Plazo de pago:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Nueva &amp;factura</translation>
    </message>
    <message>
        <source>New &amp;estimate</source>
        <translation>Nuevo &amp;presupuesto</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Combinar con…</translation>
    </message>
    <message>
        <source>S&amp;tatement PDF…</source>
        <translation>&amp;Extracto en PDF…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s statement: documents, payments and credits with a running balance</source>
        <translation>Guardar el extracto de este cliente: documentos, pagos y abonos con el saldo acumulado</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name} &lt;i&gt;(inactive)&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name} &lt;i&gt;(inactivo)&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Secciones del cliente</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Deta&amp;lles</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Escriba el nombre de un cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>CustomerTaxView</name>
    <message>
        <source>Tax and sending</source>
        <translation>Impuestos y envío</translation>
    </message>
    <message>
        <source>VAT / tax number printed on documents</source>
        <translation>NIF / número fiscal impreso en los documentos</translation>
    </message>
    <message>
        <source>e.g. Intra-EU supply, reverse charge (Art. 196)</source>
        <translation>p. ej. entrega intracomunitaria, inversión del sujeto pasivo (art. 196)</translation>
    </message>
    <message>
        <source>The organization&apos;s language</source>
        <translation>Idioma de la empresa</translation>
    </message>
    <message>
        <source>Save &amp;tax settings</source>
        <translation>Guardar la configuración de &amp;impuestos</translation>
    </message>
    <message>
        <source>Tax &amp;id:</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>Im&amp;puesto:</translation>
    </message>
    <message>
        <source>Exemption &amp;reason:</source>
        <translation>&amp;Motivo de la exención:</translation>
    </message>
    <message>
        <source>Send documents &amp;to:</source>
        <translation>Enviar los documentos &amp;a:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma de los documentos:</translation>
    </message>
    <message>
        <source>The organization&apos;s default</source>
        <translation>La de la empresa</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Exento de impuestos</translation>
    </message>
    <message>
        <source>The primary contact person</source>
        <translation>El contacto principal</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motivo de la exención</translation>
    </message>
    <message>
        <source>say why the customer pays no tax</source>
        <translation>indique por qué el cliente no paga impuestos</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
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
        <translation>Importado de Zoho CRM; el nombre, el teléfono y las direcciones se actualizan en cada sincronización.</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search name, email or phone  (Ctrl+F)</source>
        <translation>Buscar nombre, correo o teléfono  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Mostrar &amp;inactivos</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importar de Zoho CRM…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fetch what changed in Zoho CRM (F5)</source>
        <translation>Obtener lo que cambió en Zoho CRM (F5)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Customer count</source>
        <translation>Número de clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the customers listed here as a CSV file</source>
        <translation>Guardar los clientes de esta lista en un archivo CSV</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Choose “Import from Zoho CRM…” to bring in your Accounts and Contacts. No Zoho account at hand? Run “invoice-desk sandbox” and use what it prints.</source>
        <translation>Elija «Importar de Zoho CRM…» para traer sus cuentas y contactos. ¿No tiene una cuenta de Zoho a mano? Ejecute «invoice-desk sandbox» y use lo que muestra.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;This computer (a file in the data folder)</source>
        <translation>&amp;Este equipo (un archivo en la carpeta de datos)</translation>
    </message>
    <message>
        <source>&amp;Shared (PostgreSQL): everyone in the team uses one database</source>
        <translation>&amp;Compartida (PostgreSQL): todo el equipo usa una base de datos</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data into the shared database (it must be empty)</source>
        <translation>&amp;Copiar los datos de este equipo en la base de datos compartida (debe estar vacía)</translation>
    </message>
    <message>
        <source>In use: {database}</source>
        <translation>En uso: {database}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: {version} answers.</source>
        <translation>Conectado: responde {version}.</translation>
    </message>
    <message>
        <source>this computer&apos;s database</source>
        <translation>la base de datos de este equipo</translation>
    </message>
    <message>
        <source>the shared database {host}/{database}</source>
        <translation>la base de datos compartida {host}/{database}</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data to the shared database…</source>
        <translation>Copiando los datos de este equipo en la base de datos compartida…</translation>
    </message>
    <message>
        <source>the shared database ({rows} rows copied)</source>
        <translation>la base de datos compartida ({rows} filas copiadas)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Facturas rectificativas</translation>
    </message>
    <message>
        <source>Potentials</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation>Enviar &amp;recordatorio…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Por &amp;correo…</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Guardar el extracto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Statement saved to {path}.</source>
        <translation>Extracto guardado en {path}.</translation>
    </message>
    <message>
        <source>This customer has no invoice with a balance.</source>
        <translation>Este cliente no tiene ninguna factura con saldo pendiente.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocumentos</translation>
    </message>
    <message>
        <source>Starting the sandbox CRM on this computer…</source>
        <translation>Iniciando el CRM de pruebas en este equipo…</translation>
    </message>
</context>
<context>
    <name>DocumentAction</name>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Convert to invoice</source>
        <translation>&amp;Convertir en factura</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Anular</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Payments are recorded against invoices, not estimates.</source>
        <translation>Los pagos se registran en facturas, no en presupuestos.</translation>
    </message>
    <message>
        <source>Payments are recorded against invoices, not credit notes.</source>
        <translation>Los pagos se registran en facturas, no en facturas rectificativas.</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>No queda nada por pagar en esta factura.</translation>
    </message>
</context>
<context>
    <name>DocumentEditorDialog</name>
    <message>
        <source>INV-000001 (optional)</source>
        <translation>INV-000001 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>E&amp;xpiry date:</source>
        <translation>&amp;Válido hasta:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>For &amp;invoice:</source>
        <translation>Para la &amp;factura:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>10% or 5.00</source>
        <translation>10% o 5.00</translation>
    </message>
    <message>
        <source>Discount before tax</source>
        <translation>Descuento antes de impuestos</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Precios con impuestos incluidos</translation>
    </message>
    <message>
        <source>0.00 (may be negative)</source>
        <translation>0.00 (puede ser negativo)</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>Desc&amp;uento:</translation>
    </message>
    <message>
        <source>&amp;Shipping:</source>
        <translation>&amp;Envío:</translation>
    </message>
    <message>
        <source>Ad&amp;justment:</source>
        <translation>A&amp;juste:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Condiciones:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Editor message</source>
        <translation>Mensaje del editor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>use un código de tres letras como USD o EUR</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>añada al menos una línea</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>cannot be before the document&apos;s date</source>
        <translation>no puede ser anterior a la fecha del documento</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Sub total</source>
        <translation>Subtotal</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>pick a customer from the suggestions</source>
        <translation>elija un cliente de las sugerencias</translation>
    </message>
    <message>
        <source>Save ({shortcut})</source>
        <translation>Guardar ({shortcut})</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>moneda de la empresa</translation>
    </message>
    <message>
        <source>Discard the changes to this document?</source>
        <translation>¿Descartar los cambios de este documento?</translation>
    </message>
    <message>
        <source>What you typed here is not saved.</source>
        <translation>Lo que escribió aquí no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>cannot be more than 100%</source>
        <translation>no puede superar el 100%</translation>
    </message>
    <message>
        <source>{text} has a comma that could be a decimal mark; commas separate taxes, so write a rate with a dot, like “VAT 9.5%”</source>
        <translation>{text} tiene una coma que podría ser un separador decimal; las comas separan impuestos, así que escriba el tipo con punto, como «IVA 9.5%»</translation>
    </message>
    <message>
        <source>write each tax as a name and a rate, like “VAT 20%”, not “{part}”</source>
        <translation>escriba cada impuesto como nombre y tipo, como «IVA 21%», no «{part}»</translation>
    </message>
    <message>
        <source>the rate of {name} cannot be negative</source>
        <translation>el tipo de {name} no puede ser negativo</translation>
    </message>
    <message>
        <source>Line {number} item</source>
        <translation>Artículo de la línea {number}</translation>
    </message>
    <message>
        <source>Line {number} quantity</source>
        <translation>Cantidad de la línea {number}</translation>
    </message>
    <message>
        <source>Line {number} rate</source>
        <translation>Precio de la línea {number}</translation>
    </message>
    <message>
        <source>Line {number} discount</source>
        <translation>Descuento de la línea {number}</translation>
    </message>
    <message>
        <source>Line {number} taxes</source>
        <translation>Impuestos de la línea {number}</translation>
    </message>
    <message>
        <source>enter what is sold</source>
        <translation>indique lo que se vende</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Línea {number}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>estimates</source>
        <translation>presupuestos</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>facturas rectificativas</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nueva factura rectificativa</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>Nueva &amp;factura</translation>
    </message>
    <message>
        <source>&amp;New estimate</source>
        <translation>Nuevo &amp;presupuesto</translation>
    </message>
    <message>
        <source>&amp;New credit note</source>
        <translation>Nueva factura &amp;rectificativa</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Editar la factura {number}</translation>
    </message>
    <message>
        <source>Edit estimate {number}</source>
        <translation>Editar el presupuesto {number}</translation>
    </message>
    <message>
        <source>Edit credit note {number}</source>
        <translation>Editar la factura rectificativa {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <source>Estimate {number}</source>
        <translation>Presupuesto {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Factura rectificativa {number}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>pagada en parte</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>DocumentMoneyView</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>&amp;Delete payment</source>
        <translation>&amp;Eliminar pago</translation>
    </message>
    <message>
        <source>Appl&amp;y to invoice…</source>
        <translation>Apl&amp;icar a factura…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;embolsar…</translation>
    </message>
    <message>
        <source>Payment {date}  {amount} {currency}  {mode}</source>
        <translation>Pago {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Credit {date}  {amount} {currency}  {document}</source>
        <translation>Abono {date}  {amount} {currency}  {document}</translation>
    </message>
    <message>
        <source>Refund {date}  {amount} {currency}  {mode}</source>
        <translation>Reembolso {date}  {amount} {currency}  {mode}</translation>
    </message>
    <message>
        <source>Left to use: {amount} {currency}</source>
        <translation>Disponible: {amount} {currency}</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Saldo: {amount} {currency}</translation>
    </message>
    <message>
        <source>Refund from {number}</source>
        <translation>Reembolso de {number}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Save as e-&amp;invoice…</source>
        <translation>Guardar como factura &amp;electrónica…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Por &amp;correo…</translation>
    </message>
    <message>
        <source>Send re&amp;minder…</source>
        <translation>Enviar recor&amp;datorio…</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Mensaje del documento</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>Historial de automatizaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workflow history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial de automatizaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>an unexpected error stopped it (it was reported).</source>
        <translation>un error inesperado la detuvo (se ha notificado).</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Documento {id}</translation>
    </message>
    <message>
        <source>{document} could not be shown: {reason}</source>
        <translation>No se pudo mostrar {document}: {reason}</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds to render. Try again.</source>
        <translation>la generación tardó más de {seconds} segundos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{document} — {customer} &lt;small&gt;({status})&lt;/small&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} — {message} (workflow)</source>
        <translation>{when} — {message} (automatización)</translation>
    </message>
    <message>
        <source>{when} — {message} (you)</source>
        <translation>{when} — {message} (usted)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Send it by email</source>
        <translation>Enviarlo por correo</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Anular (pregunta antes)</translation>
    </message>
    <message>
        <source>Edit this document</source>
        <translation>Editar este documento</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>Anular {number}</translation>
    </message>
    <message>
        <source>Void {number}?</source>
        <translation>¿Anular {number}?</translation>
    </message>
    <message>
        <source>A void document stays in the lists for the record, but can no longer be changed, sent or paid. This cannot be undone.</source>
        <translation>Un documento anulado sigue en las listas como constancia, pero ya no se puede cambiar, enviar ni pagar. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Anular</translation>
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
        <translation>Buscar facturas: número, cliente, referencia</translation>
    </message>
    <message>
        <source>Search estimates: number, customer, reference</source>
        <translation>Buscar presupuestos: número, cliente, referencia</translation>
    </message>
    <message>
        <source>Search credit notes: number, customer, reference</source>
        <translation>Buscar facturas rectificativas: número, cliente, referencia</translation>
    </message>
    <message>
        <source>Search documents: number, customer, reference</source>
        <translation>Buscar documentos: número, cliente, referencia</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <source>Search estimates</source>
        <translation>Buscar presupuestos</translation>
    </message>
    <message>
        <source>Search credit notes</source>
        <translation>Buscar facturas rectificativas</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the documents listed here as a CSV file</source>
        <translation>Guardar los documentos de esta lista en un archivo CSV</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Aún no hay facturas</translation>
    </message>
    <message>
        <source>No estimates yet</source>
        <translation>Aún no hay presupuestos</translation>
    </message>
    <message>
        <source>No credit notes yet</source>
        <translation>Aún no hay facturas rectificativas</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New invoice” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Seleccione un cliente en la pestaña Clientes y elija «Nueva factura» (Ctrl+N crea una factura). Las oportunidades también pueden crearlas: vea Configuración → Automatizaciones.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New estimate” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Seleccione un cliente en la pestaña Clientes y elija «Nuevo presupuesto» (Ctrl+N crea una factura). Las oportunidades también pueden crearlos: vea Configuración → Automatizaciones.</translation>
    </message>
    <message>
        <source>Select a customer on the Customers tab and choose “New credit note” (Ctrl+N makes an invoice). Deals can make them too: see Settings → Workflows.</source>
        <translation>Seleccione un cliente en la pestaña Clientes y elija «Nueva factura rectificativa» (Ctrl+N crea una factura). Las oportunidades también pueden crearlas: vea Configuración → Automatizaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source> · total {total}, balance {balance}</source>
        <translation> · total {total}, saldo {balance}</translation>
    </message>
    <message>
        <source>List the documents again (F5 syncs with Zoho CRM)</source>
        <translation>Volver a listar los documentos (F5 sincroniza con Zoho CRM)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFormatDialog</name>
    <message>
        <source>Save {number} as e-invoice</source>
        <translation>Guardar {number} como factura electrónica</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
</context>
<context>
    <name>EinvoiceDialog</name>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with the invoice data inside, EN 16931)</source>
        <translation>Factur-X / ZUGFeRD (PDF con los datos de la factura dentro, EN 16931)</translation>
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
        <translation>Guardar la factura electrónica</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Ninguna (solo para un servidor en este equipo)</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>Configuración de correo</translation>
    </message>
    <message>
        <source>usually your email address; empty: no login</source>
        <translation>normalmente su dirección de correo; vacío: sin inicio de sesión</translation>
    </message>
    <message>
        <source>Your Shop &lt;billing@example.com&gt;</source>
        <translation>Su tienda &lt;facturacion@example.com&gt;</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>Servidor de correo saliente</translation>
    </message>
    <message>
        <source>e.g. 7, 21 — empty: no automatic reminders</source>
        <translation>p. ej. 7, 21 — vacío: sin recordatorios automáticos</translation>
    </message>
    <message>
        <source>Document subject:</source>
        <translation>Asunto del documento:</translation>
    </message>
    <message>
        <source>Document message:</source>
        <translation>Mensaje del documento:</translation>
    </message>
    <message>
        <source>Reminder subject:</source>
        <translation>Asunto del recordatorio:</translation>
    </message>
    <message>
        <source>Reminder message:</source>
        <translation>Mensaje del recordatorio:</translation>
    </message>
    <message>
        <source>Remind automatically, days after due:</source>
        <translation>Recordar automáticamente, días después del vencimiento:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Placeholders: {names}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Marcadores: {names}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Email settings status</source>
        <translation>Estado de la configuración de correo</translation>
    </message>
    <message>
        <source>Send &amp;test mail</source>
        <translation>Enviar correo de &amp;prueba</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>guardado en el llavero del sistema: escriba para sustituirlo</translation>
    </message>
    <message>
        <source>not stored yet — it will be kept in the system keyring</source>
        <translation>aún no guardado: se guardará en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saving and sending a test message…</source>
        <translation>Guardando y enviando un mensaje de prueba…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. The settings are saved.</source>
        <translation>Mensaje de prueba enviado a {address}. La configuración se ha guardado.</translation>
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
        <translation>&lt;h2&gt;Inicio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Moneda de los ingresos</translation>
    </message>
    <message>
        <source>Revenue in</source>
        <translation>Ingresos en</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>Le deben</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Facturas pendientes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Facturas vencidas</translation>
    </message>
    <message>
        <source>Estimates pipeline</source>
        <translation>Presupuestos en curso</translation>
    </message>
    <message>
        <source>Open estimates</source>
        <translation>Presupuestos en curso</translation>
    </message>
    <message>
        <source>Aging chart</source>
        <translation>Gráfico de antigüedad</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Gráfico de ingresos</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actividad reciente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>a {date}</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nada pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{when}   {number}   {message}</source>
        <translation>{when}   {number}   {message}</translation>
    </message>
    <message>
        <source>Nothing yet: new invoices and payments show up here.</source>
        <translation>Nada todavía: aquí aparecen las facturas y los pagos nuevos.</translation>
    </message>
    <message>
        <source>No open estimates</source>
        <translation>No hay presupuestos en curso</translation>
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
        <translation>Importar de Zoho CRM</translation>
    </message>
    <message>
        <source>Self Client grant code or refresh token</source>
        <translation>Código de concesión de Self Client o token de actualización</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Actualizar automáticamente cada 12 horas</translation>
    </message>
    <message>
        <source>https://www.zohoapis.com (default for the data centre)</source>
        <translation>https://www.zohoapis.com (por defecto para el centro de datos)</translation>
    </message>
    <message>
        <source>https://accounts.zoho.com (default)</source>
        <translation>https://accounts.zoho.com (por defecto)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>Accounts URL</source>
        <translation>URL de cuentas</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Cliente de API</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>Centro de &amp;datos:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de la &amp;API:</translation>
    </message>
    <message>
        <source>Acc&amp;ounts URL:</source>
        <translation>URL de &amp;cuentas:</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Mensaje de importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{field}: start it with https:// (or http:// for a local sandbox).</source>
        <translation>{field}: empiece por https:// (o http:// para un entorno de pruebas local).</translation>
    </message>
    <message>
        <source>Connecting to Zoho CRM…</source>
        <translation>Conectando con Zoho CRM…</translation>
    </message>
    <message>
        <source>Connected to {organization}. Importing customers…</source>
        <translation>Conectado a {organization}. Importando clientes…</translation>
    </message>
    <message>
        <source>A sync is already running; try again when it ends.</source>
        <translation>Ya hay una sincronización en curso; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported so far is kept.</source>
        <translation>Importación cancelada. Lo importado hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: {done} of about %n record(s) — {left} left</source>
        <translation>
            <numerusform>Importando {module}: {done} de unos %n registro — quedan {left}</numerusform>
            <numerusform>Importando {module}: {done} de unos %n registros — quedan {left}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {module}: %n record(s), page {page} — {elapsed} so far</source>
        <translation>
            <numerusform>Importando {module}: %n registro, página {page} — {elapsed} hasta ahora</numerusform>
            <numerusform>Importando {module}: %n registros, página {page} — {elapsed} hasta ahora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>hour, piece, kg…</source>
        <translation>hora, unidad, kg…</translation>
    </message>
    <message>
        <source>Item taxes</source>
        <translation>Impuestos del artículo</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir artículo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nombre del artículo</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Item rate</source>
        <translation>Precio del artículo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Item unit</source>
        <translation>Unidad del artículo</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Impuestos:</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} añadido.</translation>
    </message>
</context>
<context>
    <name>LineItemsDelegate</name>
    <message>
        <source>Pick a tax, or type several: “VAT 20%, *QST 9.975%”</source>
        <translation>Elija un impuesto o escriba varios: «IVA 21%, *QST 9.975%»</translation>
    </message>
</context>
<context>
    <name>LineItemsTableModel</name>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Name and rate, comma-separated: “VAT 20%, *QST 9.975%” (* = compound)</source>
        <translation>Nombre y tipo, separados por comas: «IVA 21%, *QST 9.975%» (* = compuesto)</translation>
    </message>
    <message>
        <source>“10%” for a percentage, “5.00” for an amount</source>
        <translation>«10%» para un porcentaje, «5.00» para un importe</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>{number} sent</source>
        <translation>{number} enviado</translation>
    </message>
    <message>
        <source>{number} {state}: {error}</source>
        <translation>{number} {state}: {error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>Bandeja de salida: {sent} enviados, {failed} fallidos, {waiting} en espera.</translation>
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
        <translation>Secciones principales</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Sin conexión con Zoho CRM: aún no hay nada que sincronizar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importar de Zoho CRM…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Registro de sincronización…</translation>
    </message>
    <message>
        <source>CRM &amp;outbox…</source>
        <translation>Bandeja de salida del &amp;CRM…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>E&amp;mail settings…</source>
        <translation>Configuración de &amp;correo…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Bandeja de &amp;salida…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de datos…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>Nueva &amp;factura…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Invoice Desk</source>
        <translation>&amp;Acerca de Invoice Desk</translation>
    </message>
    <message>
        <source>About Invoice Desk</source>
        <translation>Acerca de Invoice Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Invoices and estimates for your Zoho CRM customers, offline.</source>
        <translation>&lt;b&gt;Invoice Desk&lt;/b&gt; {version}&lt;br&gt;Facturas y presupuestos para sus clientes de Zoho CRM, sin conexión.</translation>
    </message>
    <message>
        <source>New &amp;estimate…</source>
        <translation>Nuevo &amp;presupuesto…</translation>
    </message>
    <message>
        <source>New &amp;credit note…</source>
        <translation>Nueva factura &amp;rectificativa…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clara</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscura</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “{name}” into…</source>
        <translation>Combinar «{name}» con…</translation>
    </message>
    <message>
        <source>Pick the customer that stays. “{name}” moves into it and disappears from lists.</source>
        <translation>Elija el cliente que se queda. «{name}» se combina con él y desaparece de las listas.</translation>
    </message>
    <message>
        <source>Search the customer that stays</source>
        <translation>Buscar el cliente que se queda</translation>
    </message>
    <message>
        <source>Search merge target</source>
        <translation>Buscar el cliente de destino</translation>
    </message>
    <message>
        <source>Merge target</source>
        <translation>Cliente de destino</translation>
    </message>
    <message>
        <source>Pick a customer to see what will move.</source>
        <translation>Elija un cliente para ver qué se moverá.</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Lo que se moverá</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>¿Combinar «{source}» con «{target}»?</translation>
    </message>
    <message>
        <source>{moves} This cannot be undone.</source>
        <translation>{moves} Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Mensajes de la bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Reintentar la selección</translation>
    </message>
    <message>
        <source>Send a failed message again, with the same Message-ID</source>
        <translation>Reenviar un mensaje fallido, con el mismo Message-ID</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for {number}</source>
        <translation>Registrar un pago de {number}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>bank transfer, cash, card…</source>
        <translation>transferencia, efectivo, tarjeta…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>is more than the balance of {balance}</source>
        <translation>supera el saldo de {balance}</translation>
    </message>
    <message>
        <source>Payment message</source>
        <translation>Mensaje del pago</translation>
    </message>
</context>
<context>
    <name>PotentialsView</name>
    <message>
        <source>Potentials</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Deals from Zoho CRM appear here after the first import.</source>
        <translation>Las oportunidades de Zoho CRM aparecen aquí tras la primera importación.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the potentials listed here as a CSV file</source>
        <translation>Guardar las oportunidades de esta lista en un archivo CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of the selected potential&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos de la oportunidad seleccionada&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n potential(s) from Zoho CRM</source>
        <translation>
            <numerusform>%n oportunidad de Zoho CRM</numerusform>
            <numerusform>%n oportunidades de Zoho CRM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Receivables by days past due</source>
        <translation>Cobros pendientes por días de retraso</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vencido</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range} días</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months ({currency})</source>
        <translation>Ingresos de los últimos 12 meses ({currency})</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox could not start: {reason}</source>
        <translation>El entorno de pruebas no pudo iniciarse: {reason}</translation>
    </message>
    <message>
        <source>it stopped at once</source>
        <translation>se detuvo de inmediato</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send reminder for {number}</source>
        <translation>Enviar un recordatorio de {number}</translation>
    </message>
    <message>
        <source>Send email {number}</source>
        <translation>Enviar {number} por correo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;CC:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;BCC:</source>
        <translation>&amp;CCO:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>{name} (the PDF as shown in the viewer)</source>
        <translation>{name} (el PDF tal como se ve)</translation>
    </message>
    <message>
        <source>To: give at least one address, or pick a contact person.</source>
        <translation>Para: indique al menos una dirección o elija una persona de contacto.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos impositivos</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Mensaje de configuración</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>e.g. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX</source>
        <translation>p. ej. IBAN ES91 2100 0418 4502 0005 1332, BIC CAIXESBBXXX</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Datos de pago</translation>
    </message>
    <message>
        <source>PNG or JPEG printed on documents</source>
        <translation>PNG o JPEG impreso en los documentos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Round taxes on each line</source>
        <translation>Redondear impuestos en cada línea</translation>
    </message>
    <message>
        <source>Round taxes once per document</source>
        <translation>Redondear impuestos una vez por documento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Provincia:</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Tax / &amp;VAT id:</source>
        <translation>&amp;NIF / IVA:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Payment &amp;details:</source>
        <translation>&amp;Datos de pago:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Tax rounding:</source>
        <translation>&amp;Redondeo de impuestos:</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Prefijo de las facturas:</translation>
    </message>
    <message>
        <source>Invoice digits:</source>
        <translation>Dígitos de las facturas:</translation>
    </message>
    <message>
        <source>Estimate prefix:</source>
        <translation>Prefijo de los presupuestos:</translation>
    </message>
    <message>
        <source>Estimate digits:</source>
        <translation>Dígitos de los presupuestos:</translation>
    </message>
    <message>
        <source>Credit note prefix:</source>
        <translation>Prefijo de las rectificativas:</translation>
    </message>
    <message>
        <source>Credit note digits:</source>
        <translation>Dígitos de las rectificativas:</translation>
    </message>
    <message>
        <source>Numbers already given never change; new ones follow these settings.</source>
        <translation>Los números ya asignados no cambian nunca; los nuevos siguen esta configuración.</translation>
    </message>
    <message>
        <source>Estimates follow deals: create when a deal is created, accept when won, decline when lost</source>
        <translation>Los presupuestos siguen a las oportunidades: se crean al crearse una oportunidad, se aceptan si se gana y se rechazan si se pierde</translation>
    </message>
    <message>
        <source>Invoices follow deals: create when a deal is won, void when lost</source>
        <translation>Las facturas siguen a las oportunidades: se crean si se gana y se anulan si se pierde</translation>
    </message>
    <message>
        <source>Won stages</source>
        <translation>Etapas ganadas</translation>
    </message>
    <message>
        <source>Lost stages</source>
        <translation>Etapas perdidas</translation>
    </message>
    <message>
        <source>Stages meaning &amp;won:</source>
        <translation>Etapas que significan &amp;ganada:</translation>
    </message>
    <message>
        <source>Stages meaning &amp;lost:</source>
        <translation>Etapas que significan &amp;perdida:</translation>
    </message>
    <message>
        <source>Separate stages with commas. A document you change by hand is never touched by a workflow again.</source>
        <translation>Separe las etapas con comas. Un documento que cambie a mano no vuelve a ser tocado por una automatización.</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM.</source>
        <translation>Sin conexión con Zoho CRM.</translation>
    </message>
    <message>
        <source>Auto-update every 12 hours</source>
        <translation>Actualizar automáticamente cada 12 horas</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Zoho CRM</source>
        <translation>&amp;Desconectar de Zoho CRM</translation>
    </message>
    <message>
        <source>Show invoices and estimates in Zoho CRM (a note and the PDF)</source>
        <translation>Mostrar facturas y presupuestos en Zoho CRM (una nota y el PDF)</translation>
    </message>
    <message>
        <source>The key needs the scopes ZohoCRM.modules.notes.ALL and ZohoCRM.modules.attachments.ALL; File → CRM outbox shows what waits.</source>
        <translation>La clave necesita los ámbitos ZohoCRM.modules.notes.ALL y ZohoCRM.modules.attachments.ALL; Archivo → Bandeja de salida del CRM muestra lo que espera.</translation>
    </message>
    <message>
        <source>Disconnecting forgets the key; imported customers and documents stay.</source>
        <translation>Al desconectar se olvida la clave; los clientes y documentos importados se conservan.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>e.g. de_DE, fr_FR, es_ES (empty: English)</source>
        <translation>p. ej. de_DE, fr_FR, es_ES (vacío: inglés)</translation>
    </message>
    <message>
        <source>Documents&apos; language and country</source>
        <translation>Idioma y país de los documentos</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>The window speaks it from the next start.</source>
        <translation>La ventana la usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Documents&apos; language:</source>
        <translation>Idioma de los &amp;documentos:</translation>
    </message>
    <message>
        <source>Invoices, estimates, statements and emails use it, with its amounts and dates, unless the customer has a document language of its own.</source>
        <translation>Las facturas, presupuestos, extractos y correos la usan, con sus importes y fechas, salvo que el cliente tenga su propio idioma de documentos.</translation>
    </message>
    <message>
        <source>Connected to {organization} as {email} (data centre {data_centre}).</source>
        <translation>Conectado a {organization} como {email} (centro de datos {data_centre}).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or EUR</source>
        <translation>use un código de tres letras como USD o EUR</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>name at least one won and one lost stage</source>
        <translation>indique al menos una etapa ganada y una perdida</translation>
    </message>
    <message>
        <source>Disconnected. Imported customers and documents stay.</source>
        <translation>Desconectado. Los clientes y documentos importados se conservan.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
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
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>Document window</source>
        <translation>Ventana del documento</translation>
    </message>
    <message>
        <source>Document editor</source>
        <translation>Editor de documentos</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>New estimate</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nueva factura rectificativa</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Sync with Zoho CRM</source>
        <translation>Sincronizar con Zoho CRM</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Abrir el documento seleccionado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Pestaña siguiente / anterior</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>Edit the document</source>
        <translation>Editar el documento</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <source>Void (asks first)</source>
        <translation>Anular (pregunta antes)</translation>
    </message>
    <message>
        <source>Next document in the list</source>
        <translation>Documento siguiente de la lista</translation>
    </message>
    <message>
        <source>Previous document in the list</source>
        <translation>Documento anterior de la lista</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel (asks when something was typed)</source>
        <translation>Cancelar (pregunta si se escribió algo)</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Registro de sincronización</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Ejecuciones de sincronización</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Registros omitidos</translation>
    </message>
    <message>
        <source>Select a run to see the records it skipped.</source>
        <translation>Seleccione una ejecución para ver los registros omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>Run of {when}: %n skipped record(s)</source>
        <translation>
            <numerusform>Ejecución del {when}: %n registro omitido</numerusform>
            <numerusform>Ejecución del {when}: %n registros omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Run of {when} skipped nothing.</source>
        <translation>La ejecución del {when} no omitió nada.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>La sincronización falló.</translation>
    </message>
    <message>
        <source>{reason} This window will check again later.</source>
        <translation>{reason} Esta ventana volverá a comprobarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Not connected to Zoho CRM — nothing to sync yet.</source>
        <translation>Sin conexión con Zoho CRM: aún no hay nada que sincronizar.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Reintentar la sincronización</translation>
    </message>
    <message>
        <source>Syncing with Zoho CRM…</source>
        <translation>Sincronizando con Zoho CRM…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing with Zoho CRM — {module}: %n record(s)</source>
        <translation>
            <numerusform>Sincronizando con Zoho CRM — {module}: %n registro</numerusform>
            <numerusform>Sincronizando con Zoho CRM — {module}: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>La sincronización falló: {reason}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Last sync {when}: {changes}</source>
        <translation>Última sincronización {when}: {changes}</translation>
    </message>
    <message>
        <source>Last sync {when} failed: {reason}</source>
        <translation>La última sincronización {when} falló: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Last sync {when} was {status}</source>
        <translation>Última sincronización {when}: {status}</translation>
    </message>
    <message>
        <source> · auto-update is off</source>
        <translation> · actualización automática desactivada</translation>
    </message>
    <message>
        <source> · next sync now</source>
        <translation> · próxima sincronización ahora</translation>
    </message>
    <message>
        <source> · next {when}</source>
        <translation> · próxima {when}</translation>
    </message>
</context>
<context>
    <name>TaxRatesView</name>
    <message>
        <source>Tax rates</source>
        <translation>Tipos impositivos</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Nombre del impuesto</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Compound (also taxes the other taxes)</source>
        <translation>Compuesto (grava también los demás impuestos)</translation>
    </message>
    <message>
        <source>&amp;Add tax</source>
        <translation>&amp;Añadir impuesto</translation>
    </message>
    <message>
        <source>A&amp;rchive selected</source>
        <translation>A&amp;rchivar la selección</translation>
    </message>
    <message>
        <source>Default tax</source>
        <translation>Impuesto por defecto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Tipo (%):</translation>
    </message>
    <message>
        <source>&amp;Default tax of new lines:</source>
        <translation>Impuesto por &amp;defecto de las líneas nuevas:</translation>
    </message>
    <message>
        <source>A tax in use is archived, never deleted: documents keep the name and rate they were written with.</source>
        <translation>Un impuesto en uso se archiva, nunca se elimina: los documentos conservan el nombre y el tipo con que se emitieron.</translation>
    </message>
    <message>
        <source>(no default tax)</source>
        <translation>(sin impuesto por defecto)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} añadido.</translation>
    </message>
    <message>
        <source>Select a tax to archive.</source>
        <translation>Seleccione un impuesto para archivarlo.</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} archivado.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Invoice Desk user guide</source>
        <translation>Guía del usuario de Invoice Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide could not be read: {reason}</source>
        <translation>No se pudo leer la guía del usuario: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Invoice Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Invoice Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Invoices, estimates and credit notes for your Zoho CRM customers, on this computer and offline. Three steps and you are ready:</source>
        <translation>Facturas, presupuestos y facturas rectificativas para sus clientes de Zoho CRM, en este equipo y sin conexión. Tres pasos y está listo:</translation>
    </message>
    <message>
        <source>Enter your &amp;business details…</source>
        <translation>Introducir los &amp;datos de su empresa…</translation>
    </message>
    <message>
        <source>&amp;Import from Zoho CRM…</source>
        <translation>&amp;Importar de Zoho CRM…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox CRM</source>
        <translation>Probar el CRM de &amp;pruebas</translation>
    </message>
    <message>
        <source>Start a Zoho-like CRM with sample customers on this computer and import them</source>
        <translation>Iniciar un CRM similar a Zoho con clientes de ejemplo en este equipo e importarlos</translation>
    </message>
    <message>
        <source>Set up your &amp;tax rates…</source>
        <translation>Configurar sus &amp;tipos impositivos…</translation>
    </message>
    <message>
        <source>Welcome status</source>
        <translation>Estado de la bienvenida</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Name, address, tax id, payment details, logo and currency: printed on every document.</source>
        <translation>Nombre, dirección, NIF, datos de pago, logotipo y moneda: impresos en cada documento.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Sus clientes</translation>
    </message>
    <message>
        <source>Bring in your Zoho CRM Accounts and Contacts; they stay up to date every 12 hours. No Zoho account at hand? Try the sandbox: sample customers, nothing leaves this computer.</source>
        <translation>Traiga sus cuentas y contactos de Zoho CRM; se mantienen al día cada 12 horas. ¿No tiene una cuenta de Zoho a mano? Pruebe el entorno de pruebas: clientes de ejemplo, nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Your tax rates</source>
        <translation>Sus tipos impositivos</translation>
    </message>
    <message>
        <source>The rates you charge, such as “VAT 20%”, and the one new lines get.</source>
        <translation>Los tipos que aplica, como «IVA 21%», y el de las líneas nuevas.</translation>
    </message>
    <message>
        <source>Go to the &amp;window</source>
        <translation>Ir a la &amp;ventana</translation>
    </message>
</context>
<context>
    <name>_FigureButton</name>
    <message>
        <source>{title}: {figures} — click to open the list</source>
        <translation>{title}: {figures} — pulse para abrir la lista</translation>
    </message>
</context>
</TS>
