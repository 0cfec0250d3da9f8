package org.wenshu.nlp;

import io.micronaut.runtime.Micronaut;

public final class NlpApplication {
    private NlpApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(NlpApplication.class, args);
    }
}
