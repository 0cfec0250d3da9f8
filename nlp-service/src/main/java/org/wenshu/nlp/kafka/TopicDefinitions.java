package org.wenshu.nlp.kafka;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.apache.kafka.clients.admin.NewTopic;
import org.wenshu.contracts.Topics;

import java.util.Map;

/** The topics this service reads and writes, created at start-up when absent. */
@Factory
class TopicDefinitions {
    private final short replicationFactor;
    private final Map<String, String> configs;

    TopicDefinitions(@Value("${wenshu.topics.replication-factor:1}") short replicationFactor,
                     @Value("${wenshu.topics.max-message-bytes:16777216}") String maxMessageBytes) {
        this.replicationFactor = replicationFactor;
        this.configs = Map.of("max.message.bytes", maxMessageBytes);
    }

    @Bean
    NewTopic documentsReceived(@Value("${wenshu.topics.received.partitions:12}") int partitions) {
        return new NewTopic(Topics.DOCUMENTS_RECEIVED, partitions, replicationFactor).configs(configs);
    }

    @Bean
    NewTopic documentsAnalyzed(@Value("${wenshu.topics.analyzed.partitions:12}") int partitions) {
        return new NewTopic(Topics.DOCUMENTS_ANALYZED, partitions, replicationFactor).configs(configs);
    }

    @Bean
    NewTopic deadLetter(@Value("${wenshu.topics.dead-letter.partitions:3}") int partitions) {
        return new NewTopic(Topics.DEAD_LETTER, partitions, replicationFactor).configs(configs);
    }
}
