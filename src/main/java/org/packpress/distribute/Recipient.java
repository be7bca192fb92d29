package org.packpress.distribute;

/** One entry of a body's distribution list. */
public record Recipient(String name, String email, Role role) {

    public enum Role {
        MEMBER, OFFICER, SUBSCRIBER;

        /** Members and named officers receive the confidential version; everyone else the public one. */
        public boolean confidential() {
            return this != SUBSCRIBER;
        }
    }
}
