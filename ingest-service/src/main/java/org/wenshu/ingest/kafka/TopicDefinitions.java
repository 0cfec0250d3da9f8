package org.wenshu.ingest.kafka;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.apache.kafka.clients.admin.NewTopic;
import org.wenshu.contracts.Topics;

import java.util.Map;

/** The topic this service writes, created at start-up when absent (existing topics are left as they are). */
@Factory
class TopicDefinitions {
    @Bean
    NewTopic documentsReceived(@Value("${wenshu.topics.received.partitions:12}") int partitions,
                               @Value("${wenshu.topics.replication-factor:1}") short replicationFactor,
                               @Value("${wenshu.topics.max-message-bytes:16777216}") String maxMessageBytes) {
        return new NewTopic(Topics.DOCUMENTS_RECEIVED, partitions, replicationFactor)
                .configs(Map.of("max.message.bytes", maxMessageBytes));
    }
}
