package org.wenshu.nlp.analysis;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE
}
