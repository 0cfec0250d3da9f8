package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganizationFilterTest {
    private final OrganizationFilter filter = new OrganizationFilter();

    @Test
    void acceptsNamedBodiesFromTheSeeds() {
        assertTrue(filter.isOrganizationName("瑞众人寿保险有限责任公司"));
        assertTrue(filter.isOrganizationName("首都师范大学"));
        assertTrue(filter.isOrganizationName("中关村丰台园管委会"));
        assertTrue(filter.isOrganizationName("北京市丰台区人民政府"));
    }

    @Test
    void aBodyWithACommonEndingMustBeNamedByAProperWord() {
        assertTrue(filter.namesABody("丰台体育中心"));
        assertTrue(filter.namesABody("北京国家应用数学中心"));
        assertTrue(filter.namesABody("首都师范大学"));
        assertFalse(filter.namesABody("消费中心"));
        assertFalse(filter.namesABody("平台公司"));
        assertFalse(filter.namesABody("义务教育学校"));
    }

    @Test
    void partsOfACountryAreNoDepartments() {
        // seeds/003: 就深化京蒙东西部协作进行对接交流
        assertFalse(filter.isOrganizationName("京蒙东西部"));
        assertTrue(filter.isOrganizationName("区委组织部"));
    }

    @Test
    void rejectsVerbPhrasesHanlpTagsAsOrganizations() {
        assertFalse(filter.isOrganizationName("为区域发展"));
        assertFalse(filter.isOrganizationName("促进学生"));
        assertFalse(filter.isOrganizationName("对首都师范大学"));
        assertFalse(filter.isOrganizationName("统筹协调,系统"));
    }
}
