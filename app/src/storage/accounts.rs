//! Coordinators' accounts: organisations, coordinators, their sessions and organisations'
//! tokens for scripts. Nothing here is about the people who answer forms.

use super::{Store, StoreError};

/// A coordinator, without their password hash.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Coordinator {
    pub id: String,
    pub organisation: String,
    pub email: String,
    pub name: String,
}

/// A live session: who, and the token each change they make must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub coordinator: Coordinator,
    pub csrf: String,
}

impl Store {
    /// Creates the organisation if it does not exist yet; an existing one keeps its name.
    pub async fn ensure_organisation(&self, id: &str, name: &str) -> Result<(), StoreError> {
        sqlx::query(
            self.sql(
                "INSERT INTO organisations (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
            ),
        )
        .bind(id)
        .bind(name)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn organisation_name(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar(self.sql("SELECT name FROM organisations WHERE id = ?"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// A new coordinator of `organisation` (which must exist). `Ok(None)` if the email address
    /// has an account already.
    pub async fn create_coordinator(
        &self,
        organisation: &str,
        email: &str,
        name: &str,
        password_hash: &str,
    ) -> Result<Option<Coordinator>, StoreError> {
        let coordinator = Coordinator {
            id: super::random_id(),
            organisation: organisation.to_string(),
            email: email.to_string(),
            name: name.to_string(),
        };
        let done = sqlx::query(
            self.sql("INSERT INTO coordinators (id, organisation, email, name, password) VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING"),
        )
        .bind(&coordinator.id)
        .bind(organisation)
        .bind(email)
        .bind(name)
        .bind(password_hash)
        .execute(&self.pool)
        .await?;
        Ok((done.rows_affected() == 1).then_some(coordinator))
    }

    /// A coordinator and their password hash, by email address.
    pub async fn coordinator_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Coordinator, String)>, StoreError> {
        let row: Option<(String, String, String, String, String)> = sqlx::query_as(self.sql(
            "SELECT id, organisation, email, name, password FROM coordinators WHERE email = ?",
        ))
        .bind(email)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, organisation, email, name, password)| {
            (
                Coordinator {
                    id,
                    organisation,
                    email,
                    name,
                },
                password,
            )
        }))
    }

    /// A new password hash for the coordinator with this email address, ending every session
    /// they had. False if there is no such coordinator.
    pub async fn set_password(&self, email: &str, password_hash: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let id: Option<String> =
            sqlx::query_scalar(self.sql("SELECT id FROM coordinators WHERE email = ?"))
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query(self.sql("UPDATE coordinators SET password = ? WHERE id = ?"))
            .bind(password_hash)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(self.sql("DELETE FROM sessions WHERE coordinator = ?"))
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn new_session(
        &self,
        coordinator: &str,
        hash: &[u8],
        csrf: &str,
        expires: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            self.sql("INSERT INTO sessions (hash, coordinator, csrf, expires) VALUES (?, ?, ?, ?)"),
        )
        .bind(hash)
        .bind(coordinator)
        .bind(csrf)
        .bind(expires)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The session whose cookie hashes to `hash`, if it has not ended by `now`.
    pub async fn session(&self, hash: &[u8], now: i64) -> Result<Option<Session>, StoreError> {
        let row: Option<(String, String, String, String, String)> = sqlx::query_as(
            self.sql("SELECT c.id, c.organisation, c.email, c.name, s.csrf FROM sessions s JOIN coordinators c ON c.id = s.coordinator WHERE s.hash = ? AND s.expires > ?"),
        )
        .bind(hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, organisation, email, name, csrf)| Session {
            coordinator: Coordinator {
                id,
                organisation,
                email,
                name,
            },
            csrf,
        }))
    }

    pub async fn end_session(&self, hash: &[u8]) -> Result<(), StoreError> {
        sqlx::query(self.sql("DELETE FROM sessions WHERE hash = ?"))
            .bind(hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn forget_expired_sessions(&self, now: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query(self.sql("DELETE FROM sessions WHERE expires <= ?"))
                .bind(now)
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// A token for scripts reading `organisation`'s forms, kept as its SHA-256 (hex).
    pub async fn add_organisation_token(
        &self,
        organisation: &str,
        sha256: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(self.sql("INSERT INTO organisation_tokens (hash, organisation) VALUES (?, ?)"))
            .bind(sha256)
            .bind(organisation)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The organisation a token (by its SHA-256, hex) reads, if it is one.
    pub async fn token_organisation(&self, sha256: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar(
            self.sql("SELECT organisation FROM organisation_tokens WHERE hash = ?"),
        )
        .bind(sha256)
        .fetch_optional(&self.pool)
        .await?)
    }
}
