"""The Zoho CRM client (OAuth, data centres, paging, retries, typed errors) and the sandbox CRM."""
