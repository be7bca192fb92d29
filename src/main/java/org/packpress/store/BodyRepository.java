package org.packpress.store;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packpress.model.Body;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.Membership;
import org.packpress.model.Membership.MemberType;
import org.packpress.model.Person;
import org.packpress.model.style.HouseStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bodies with their text blocks, people and memberships. */
@Repository
public class BodyRepository {

    private final JdbcTemplate jdbc;

    public BodyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> sourceHash(String bodyId) {
        return jdbc.queryForList("SELECT source_hash FROM body WHERE id = ?", String.class, bodyId).stream().findFirst();
    }

    public List<String> ids() {
        return jdbc.queryForList("SELECT id FROM body ORDER BY id", String.class);
    }

    /** Replaces the body's row, text blocks, people and memberships. */
    public void save(Body body, String sourceHash) {
        int updated = jdbc.update("UPDATE body SET name = ?, short_name = ?, kind = ?, website = ?, email = ?, phone = ?,"
                + " source_hash = ? WHERE id = ?", body.name(), body.shortName(), body.kind().name(), body.website(),
                body.email(), body.phone(), sourceHash, body.id());
        if (updated == 0) {
            jdbc.update("INSERT INTO body (id, name, short_name, kind, website, email, phone, source_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", body.id(), body.name(), body.shortName(), body.kind().name(),
                    body.website(), body.email(), body.phone(), sourceHash);
        }
        jdbc.update("DELETE FROM body_text_block WHERE body_id = ?", body.id());
        jdbc.update("DELETE FROM membership WHERE body_id = ?", body.id());
        jdbc.update("DELETE FROM body_style WHERE body_id = ?", body.id());
        int style = 0;
        for (HouseStyle s : body.styles()) {
            jdbc.update("INSERT INTO body_style (body_id, seq, effective_from, content) VALUES (?, ?, ?, ?)", body.id(),
                    ++style, s.effectiveFrom() == null ? null : Date.valueOf(s.effectiveFrom()), StoredJson.toJson(s));
        }
        body.textBlocks().forEach((key, text) -> jdbc.update(
                "INSERT INTO body_text_block (body_id, block_key, markdown) VALUES (?, ?, ?)", body.id(), key, text));
        savePeople(body);
        int seq = 0;
        for (Membership m : body.memberships()) {
            jdbc.update("INSERT INTO membership (body_id, seq, person_id, member_type, authority, role, date_from, date_to)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", body.id(), ++seq, m.personId(), m.type().name(), m.authority(),
                    m.role(), Date.valueOf(m.from()), m.to() == null ? null : Date.valueOf(m.to()));
        }
    }

    /** People are updated in place (other data may refer to them) and removed only when no longer listed. */
    private void savePeople(Body body) {
        for (Person p : body.people()) {
            int updated = jdbc.update("UPDATE person SET prefix = ?, given_name = ?, family_name = ?, job_title = ?,"
                    + " organisation = ?, abbreviation = ?, post_nominals = ?, email = ?, phone = ?"
                    + " WHERE body_id = ? AND id = ?", p.prefix(), p.givenName(), p.familyName(), p.jobTitle(),
                    p.organisation(), p.abbreviation(), p.postNominals(), p.email(), p.phone(), body.id(), p.id());
            if (updated == 0) {
                jdbc.update("INSERT INTO person (body_id, id, prefix, given_name, family_name, job_title, organisation,"
                        + " abbreviation, post_nominals, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        body.id(), p.id(), p.prefix(), p.givenName(), p.familyName(), p.jobTitle(), p.organisation(),
                        p.abbreviation(), p.postNominals(), p.email(), p.phone());
            }
        }
        List<String> listed = body.people().stream().map(Person::id).toList();
        for (String stored : jdbc.queryForList("SELECT id FROM person WHERE body_id = ?", String.class, body.id())) {
            if (!listed.contains(stored)) {
                jdbc.update("DELETE FROM person WHERE body_id = ? AND id = ?", body.id(), stored);
            }
        }
    }

    public Optional<Body> find(String bodyId) {
        List<Body> bodies = jdbc.query("SELECT * FROM body WHERE id = ?", (rs, n) -> new Body(rs.getString("id"),
                rs.getString("name"), rs.getString("short_name"), BodyKind.valueOf(rs.getString("kind")),
                rs.getString("website"), rs.getString("email"), rs.getString("phone"), textBlocks(bodyId),
                people(bodyId), memberships(bodyId), styles(bodyId)), bodyId);
        return bodies.stream().findFirst();
    }

    public Body get(String bodyId) {
        return find(bodyId).orElseThrow(() -> new IllegalArgumentException("No body '" + bodyId + "' has been imported"));
    }

    private Map<String, String> textBlocks(String bodyId) {
        Map<String, String> blocks = new LinkedHashMap<>();
        jdbc.query("SELECT block_key, markdown FROM body_text_block WHERE body_id = ? ORDER BY block_key",
                rs -> {
                    blocks.put(rs.getString(1), rs.getString(2));
                }, bodyId);
        return blocks;
    }

    private List<Person> people(String bodyId) {
        return jdbc.query("SELECT * FROM person WHERE body_id = ? ORDER BY id", (rs, n) -> new Person(rs.getString("id"),
                rs.getString("prefix"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("job_title"), rs.getString("organisation"), rs.getString("abbreviation"),
                rs.getString("post_nominals"), rs.getString("email"), rs.getString("phone")), bodyId);
    }

    private List<HouseStyle> styles(String bodyId) {
        return jdbc.query("SELECT content FROM body_style WHERE body_id = ? ORDER BY seq",
                (rs, n) -> StoredJson.fromJson(rs.getString(1), HouseStyle.class), bodyId);
    }

    private List<Membership> memberships(String bodyId) {
        return jdbc.query("SELECT * FROM membership WHERE body_id = ? ORDER BY seq", (rs, n) -> new Membership(
                rs.getString("person_id"), MemberType.valueOf(rs.getString("member_type")), rs.getString("authority"),
                rs.getString("role"), rs.getDate("date_from").toLocalDate(),
                rs.getDate("date_to") == null ? null : rs.getDate("date_to").toLocalDate()), bodyId);
    }
}
