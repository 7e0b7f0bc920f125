package org.practicereview.identity;

/** A token just issued: the only moment its secret is known; give it to the agency and forget it. */
public record IssuedToken(String id, String name, String token) {

    @Override
    public String toString() {
        return "IssuedToken[" + id + ", " + name + "]";
    }
}
