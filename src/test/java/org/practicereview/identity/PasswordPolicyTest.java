package org.practicereview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsThreeRandomWordsWithoutAnyDigitOrSymbol() {
        assertThat(policy.problem("marmalade orbit fencepost", "sam.jones")).isEmpty();
    }

    @Test
    void refusesAShortPasswordHowEverComplex() {
        assertThat(policy.problem("Xq#9!vL2$", "sam.jones")).contains(
                "Enter a password of at least 12 characters: three random words make a good one");
    }

    @Test
    void refusesAPasswordOnTheShippedListOfCommonPasswordsWhateverItsCase() {
        assertThat(policy.isCommon("Password1234")).isTrue();
        assertThat(policy.problem("QWERTYUIOP12", "sam.jones"))
                .contains("This password is one of the most common passwords. Choose a different one");
    }

    @Test
    void refusesAPasswordContainingTheUsernameOrRepeatingOneCharacter() {
        assertThat(policy.problem("sam.jones-is-me", "sam.jones")).contains("Your password must not contain your username");
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "sam.jones")).isPresent();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsRatherThanCuttingIt() {
        assertThat(policy.problem("a long passphrase ".repeat(5), "sam.jones")).contains("Enter a password of 72 characters or fewer");
        assertThat(policy.problem("", "sam.jones")).contains("Enter a password");
    }
}
