package org.packpress.documents.minutes;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.packpress.model.Body;
import org.packpress.model.Membership;
import org.packpress.model.Person;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.style.MinutesStyle;
import org.packpress.render.text.TextBlocks;

/**
 * How the minutes name people: attendance lines of each house style, the apologies sentences and the
 * declarations of interest. Plain text; the caller escapes it. The words are the body's text blocks
 * ({@code minutes-independent-member}, {@code minutes-apologies-councillor(s)}, {@code minutes-declaration}); what
 * stays here is English grammar: number words, plurals, "a" or "an", and lists joined "a, b and c".
 */
final class AttendanceWording {

    /**
     * Names and authorities in the order of a British English index: letters before case and accents, so that
     * "ap Iorwerth" comes before "Ellis" and "Éamonn" beside "Eamonn" (a plain comparison puts lower case after Z).
     */
    private static final Collator NAMES = Collator.getInstance(Locale.UK);
    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};

    private final Body body;
    private final LocalDate date;
    private final MinutesStyle style;
    private final TextBlocks blocks;

    AttendanceWording(Body body, LocalDate date, MinutesStyle style, TextBlocks blocks) {
        this.body = body;
        this.date = date;
        this.style = style;
        this.blocks = blocks;
    }

    Person person(String id) {
        return body.people().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No person " + id + " in " + body.id()));
    }

    /** A member as the minutes name them: in the style's name form ("Cllr J Jaspal" with initials). */
    String memberName(String id) {
        return person(id).displayName(style.names());
    }

    Membership membership(String personId) {
        return body.memberships().stream().filter(m -> m.personId().equals(personId) && m.activeOn(date))
                .findFirst().orElse(null);
    }

    /** Where the member's role stands among the style's leading roles, considering the first {@code count}. */
    private int leadingRank(String personId, int count) {
        Membership m = membership(personId);
        List<String> leading = style.leadingRoles().subList(0, Math.min(count, style.leadingRoles().size()));
        for (int i = 0; m != null && m.role() != null && i < leading.size(); i++) {
            if (leading.get(i).equalsIgnoreCase(m.role())) {
                return i;
            }
        }
        return leading.size();
    }

    /**
     * Members present in the style's order: the Chair first, then by name; the leading roles (the Chair, the Vice
     * Chair), councillors by authority and name, then independent members by name; or all by name.
     */
    List<Minutes.Attendee> membersInOrder(List<Minutes.Attendee> present) {
        Comparator<Minutes.Attendee> byName = Comparator.comparing((Minutes.Attendee a) -> person(a.person()).familyName(),
                NAMES).thenComparing(a -> person(a.person()).givenName(), NAMES);
        Comparator<Minutes.Attendee> order = switch (style.attendanceOrder()) {
            case CHAIR_FIRST -> Comparator.comparing((Minutes.Attendee a) -> leadingRank(a.person(), 1)).thenComparing(byName);
            case BY_NAME -> byName;
            case BY_ROLE -> Comparator.comparing((Minutes.Attendee a) -> leadingRank(a.person(), Integer.MAX_VALUE))
                    .thenComparing(a -> independent(a.person()) ? 1 : 0)
                    .thenComparing(a -> independent(a.person()) ? "" : authority(a.person()), NAMES)
                    .thenComparing(byName);
        };
        return present.stream().sorted(order).toList();
    }

    private boolean independent(String personId) {
        Membership m = membership(personId);
        return m != null && m.type() == Membership.MemberType.INDEPENDENT;
    }

    private String authority(String personId) {
        Membership m = membership(personId);
        return m == null || m.authority() == null ? "" : m.authority();
    }

    /**
     * "Cllr Jasbir Jaspal – Chair (City of Wolverhampton)" or, in the authority-then-role style, "Cllr
     * Jasbir Jaspal (City of Wolverhampton – Chair)"; "Kristina Murphy (Independent Panel Member – Vice Chair)"; in
     * brackets, "Cllr Jasbir Jaspal (Chair, City of Wolverhampton)".
     */
    String memberLine(Minutes.Attendee attendee) {
        String name = memberName(attendee.person());
        Membership m = membership(attendee.person());
        String role = attendee.role() != null ? attendee.role() : m == null ? null : m.role();
        String dashRole = role == null ? "" : " \u2013 " + role;
        boolean independent = m != null && m.type() == Membership.MemberType.INDEPENDENT;
        String authority = independent ? independentMember() : m == null ? null : m.authority();
        if (style.memberLine() == MinutesStyle.MemberLine.IN_BRACKETS) {
            String bracketed = joinNonBlank(", ", role, authority);
            return bracketed.isEmpty() ? name : name + " (" + bracketed + ")";
        }
        if (authority == null) {
            return name + dashRole;
        }
        if (independent || style.memberLine() == MinutesStyle.MemberLine.AUTHORITY_THEN_ROLE) {
            return name + " (" + authority + dashRole + ")";
        }
        return name + dashRole + " (" + authority + ")";
    }

    /** "Jonathan Jardine – Chief Executive, Office of the Police & Crime Commissioner (OPCC)". */
    String officerLine(Minutes.Attendee attendee) {
        return officerLine(attendee, true);
    }

    /** "Jonathan Jardine – Chief Executive": the line under a heading of the person's organisation. */
    String officerLineWithoutOrganisation(Minutes.Attendee attendee) {
        return officerLine(attendee, false);
    }

    /** The organisation a person also present belongs to, or null. */
    String organisation(Minutes.Attendee attendee) {
        return person(attendee.person()).organisation();
    }

    private String officerLine(Minutes.Attendee attendee, boolean withOrganisation) {
        Person p = person(attendee.person());
        String role = attendee.role() != null ? attendee.role()
                : joinNonBlank(", ", p.jobTitle(), withOrganisation ? p.organisation() : null);
        String abbreviation = p.abbreviation() == null || !withOrganisation ? "" : " (" + p.abbreviation() + ")";
        return role.isEmpty() ? p.displayName() + abbreviation : p.displayName() + " \u2013 " + role + abbreviation;
    }

    /** The Board's attendee table: role, then the organisation's abbreviation ("Police and Crime Commissioner, OPCC"). */
    String boardRole(Minutes.Attendee attendee) {
        Person p = person(attendee.person());
        String role = attendee.role() != null ? attendee.role() : p.jobTitle();
        return joinNonBlank(", ", role, p.abbreviation());
    }

    /**
     * The Panel's apologies sentence for members: "Councillors Abdul Khan (Coventry City Council), …
     * and Kristina Murphy (Independent Panel Member)", or null when no member sent apologies. Members are named as
     * in the attendance lines, in the style's name form, with their post-nominals; a councillor's title is the text
     * block's ("Councillors"), an independent member's their own ("Mrs Eve Evans").
     */
    String memberApologies(List<Minutes.Attendee> apologies) {
        List<String> councillors = new ArrayList<>();
        List<String> independents = new ArrayList<>();
        for (Minutes.Attendee a : apologies) {
            Membership m = membership(a.person());
            if (m == null) {
                continue;
            }
            Person p = person(a.person());
            if (m.type() == Membership.MemberType.INDEPENDENT) {
                String description = independentMember();
                independents.add(p.displayName(style.names()) + (description == null ? "" : " (" + description + ")"));
            } else {
                councillors.add(p.nameWithPostNominals(style.names())
                        + (m.authority() == null ? "" : " (" + m.authority() + ")"));
            }
        }
        List<String> names = new ArrayList<>(councillors);
        names.addAll(independents);
        if (names.isEmpty()) {
            return null;
        }
        String list = joinList(names);
        return councillors.isEmpty() ? list : blocks.get(body, councillors.size() == 1
                ? "minutes-apologies-councillor" : "minutes-apologies-councillors", Map.of("names", list));
    }

    /**
     * "Independent Panel Member" (the text block {@code minutes-independent-member}), or null when the body words it
     * empty: a committee whose members are all independent names them without it.
     */
    private String independentMember() {
        String description = blocks.get(body, "minutes-independent-member");
        return description.isBlank() ? null : description;
    }

    /** Apologies of people who are not members: "Craig Guildford, Chief Constable", or null. */
    String otherApologies(List<Minutes.Attendee> apologies) {
        List<String> names = apologies.stream().filter(a -> membership(a.person()) == null).map(a -> {
            Person p = person(a.person());
            String role = a.role() != null ? a.role() : p.jobTitle();
            return p.displayName() + (role == null ? "" : ", " + role);
        }).toList();
        return names.isEmpty() ? null : joinList(names);
    }

    /**
     * The Board's apologies sentence: role before name, people of the same role grouped
     * ("Board Members Bhupinder Gakhal and Charmaine Burton").
     */
    String boardApologies(List<Minutes.Attendee> apologies) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (Minutes.Attendee a : apologies) {
            Person p = person(a.person());
            String role = Objects.requireNonNullElse(a.role() != null ? a.role() : p.jobTitle(), "");
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(p.givenName() + " " + p.familyName());
        }
        List<String> groups = byRole.entrySet().stream().map(e -> {
            String role = e.getKey().isEmpty() ? "" : (e.getValue().size() > 1 ? plural(e.getKey()) : e.getKey()) + " ";
            return role + joinList(e.getValue());
        }).toList();
        return joinList(groups);
    }

    /**
     * "Cllr Moore declared a non-pecuniary interest as trustee of …": the text block {@code minutes-declaration}, or
     * {@code minutes-declaration-no-kind} when the kind of interest is not given; the description without its
     * full stop, which the block adds.
     */
    String declaration(Minutes.Declaration d) {
        Person p = person(d.person());
        String who = (p.prefix() == null ? p.givenName() : p.prefix()) + " " + p.familyName();
        String description = d.description().trim();
        description = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        if (d.kind() == null || d.kind().isBlank()) {
            return blocks.get(body, "minutes-declaration-no-kind", Map.of("who", who, "description", description));
        }
        String kind = d.kind().trim();
        String article = "aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "an" : "a";
        return blocks.get(body, "minutes-declaration", Map.of("who", who, "article", article, "kind", kind,
                "description", description));
    }

    /** "one webcaster and four observers", "two members of the public". */
    static String others(List<Minutes.OtherAttendees> others) {
        return joinList(others.stream().map(o -> (o.count() < NUMBER_WORDS.length ? NUMBER_WORDS[o.count()]
                : Integer.toString(o.count())) + " " + (o.count() == 1 ? o.kind() : plural(o.kind()))).toList());
    }

    /** Where a role or kind's head noun ends: before "of", "for", a bracket or a dash ("Head of Delivery"). */
    private static final Pattern AFTER_HEAD = Pattern.compile(" of | for | \\(| - | \u2013 ");

    /**
     * The plural of a role or a kind of attendee, its head noun made plural: "observers", "Board Members",
     * "members of the public", "Heads of Public Protection", "Assistant Chief Officers, Resources" (a comma ends
     * the head noun unless a list follows it: "Police, Fire and Crime Commissioners"), "Deputies", "witnesses",
     * "Chairmen".
     */
    static String plural(String noun) {
        Matcher after = AFTER_HEAD.matcher(noun);
        int end = after.find() ? after.start() : noun.length();
        int comma = noun.indexOf(", ");
        if (comma >= 0 && comma < end && !noun.substring(comma, end).contains(" and ")) {
            end = comma;
        }
        String head = noun.substring(0, end);
        String word = head.substring(head.lastIndexOf(' ') + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        String plural;
        if (lower.endsWith("man")) {
            plural = word.substring(0, word.length() - 2) + "en";
        } else if (lower.matches(".*[^aeiou]y")) {
            plural = word.substring(0, word.length() - 1) + "ies";
        } else if (lower.matches(".*(s|x|z|ch|sh)")) {
            plural = word + "es";
        } else {
            plural = word + "s";
        }
        return head.substring(0, head.length() - word.length()) + plural + noun.substring(end);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinList(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String joinNonBlank(String separator, String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(separator));
    }
}
