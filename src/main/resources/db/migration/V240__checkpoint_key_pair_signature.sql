-- Checkpoints signed with the Ed25519 key pair ("ed25519:" and a base64 signature, 96 characters)
-- beside those signed with the old shared HMAC key (64 hex characters), docs/auditing.md "Signed checkpoints".
alter table trail_checkpoint alter column signature set data type varchar(200);
