"""Models of Airbyte Configuration API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken as AccessToken
    from .activate_sso_config_request_body import (
        ActivateSsoConfigRequestBody as ActivateSsoConfigRequestBody,
    )
    from .actor_catalog_with_updated_at import (
        ActorCatalogWithUpdatedAt as ActorCatalogWithUpdatedAt,
    )
    from .actor_definition_breaking_change import (
        ActorDefinitionBreakingChange as ActorDefinitionBreakingChange,
    )
    from .actor_definition_finish_request import (
        ActorDefinitionFinishRequest as ActorDefinitionFinishRequest,
    )
    from .actor_definition_id_with_scope import (
        ActorDefinitionIdWithScope as ActorDefinitionIdWithScope,
    )
    from .actor_definition_metadata import ActorDefinitionMetadata as ActorDefinitionMetadata
    from .actor_definition_request_body import (
        ActorDefinitionRequestBody as ActorDefinitionRequestBody,
    )
    from .actor_definition_spec import ActorDefinitionSpec as ActorDefinitionSpec
    from .actor_definition_version_breaking_changes import (
        ActorDefinitionVersionBreakingChanges as ActorDefinitionVersionBreakingChanges,
    )
    from .actor_definition_version_read import (
        ActorDefinitionVersionRead as ActorDefinitionVersionRead,
    )
    from .actor_list_cursor_paginated_request_body import (
        ActorListCursorPaginatedRequestBody as ActorListCursorPaginatedRequestBody,
    )
    from .actor_list_filters import ActorListFilters as ActorListFilters
    from .actor_list_sort_key import ActorListSortKey as ActorListSortKey
    from .actor_status import ActorStatus as ActorStatus
    from .actor_type import ActorType as ActorType
    from .actor_type_enum import ActorTypeEnum as ActorTypeEnum
    from .actor_update_request import ActorUpdateRequest as ActorUpdateRequest
    from .address_read import AddressRead as AddressRead
    from .advanced_auth import AdvancedAuth as AdvancedAuth
    from .advanced_auth_auth_flow_type import AdvancedAuthAuthFlowType as AdvancedAuthAuthFlowType
    from .airbyte_api_connection_schedule import (
        AirbyteApiConnectionSchedule as AirbyteApiConnectionSchedule,
    )
    from .airbyte_catalog import AirbyteCatalog as AirbyteCatalog
    from .airbyte_catalog_diff import AirbyteCatalogDiff as AirbyteCatalogDiff
    from .airbyte_stream import AirbyteStream as AirbyteStream
    from .airbyte_stream_and_configuration import (
        AirbyteStreamAndConfiguration as AirbyteStreamAndConfiguration,
    )
    from .airbyte_stream_configuration import (
        AirbyteStreamConfiguration as AirbyteStreamConfiguration,
    )
    from .application_create import ApplicationCreate as ApplicationCreate
    from .application_id_request_body import ApplicationIdRequestBody as ApplicationIdRequestBody
    from .application_read import ApplicationRead as ApplicationRead
    from .application_read_list import ApplicationReadList as ApplicationReadList
    from .application_token_request import ApplicationTokenRequest as ApplicationTokenRequest
    from .application_token_request_with_grant import (
        ApplicationTokenRequestWithGrant as ApplicationTokenRequestWithGrant,
    )
    from .application_token_request_with_grant_grant_type import (
        ApplicationTokenRequestWithGrantGrantType as ApplicationTokenRequestWithGrantGrantType,
    )
    from .attempt_failure_summary import AttemptFailureSummary as AttemptFailureSummary
    from .attempt_info_read import AttemptInfoRead as AttemptInfoRead
    from .attempt_read import AttemptRead as AttemptRead
    from .attempt_stats import AttemptStats as AttemptStats
    from .attempt_status import AttemptStatus as AttemptStatus
    from .attempt_stream_stats import AttemptStreamStats as AttemptStreamStats
    from .attempt_sync_config import AttemptSyncConfig as AttemptSyncConfig
    from .audit_log_actor import AuditLogActor as AuditLogActor
    from .audit_log_list_request_body import AuditLogListRequestBody as AuditLogListRequestBody
    from .audit_log_read import AuditLogRead as AuditLogRead
    from .audit_log_read_list import AuditLogReadList as AuditLogReadList
    from .auth_configuration import AuthConfiguration as AuthConfiguration
    from .auth_configuration_mode import AuthConfigurationMode as AuthConfigurationMode
    from .auth_provider import AuthProvider as AuthProvider
    from .base_actor_definition_version_info import (
        BaseActorDefinitionVersionInfo as BaseActorDefinitionVersionInfo,
    )
    from .billing_backfill_usage_request import (
        BillingBackfillUsageRequest as BillingBackfillUsageRequest,
    )
    from .boolean_read import BooleanRead as BooleanRead
    from .builder_project_for_definition_request_body import (
        BuilderProjectForDefinitionRequestBody as BuilderProjectForDefinitionRequestBody,
    )
    from .builder_project_for_definition_response import (
        BuilderProjectForDefinitionResponse as BuilderProjectForDefinitionResponse,
    )
    from .builder_project_oauth_consent_request import (
        BuilderProjectOauthConsentRequest as BuilderProjectOauthConsentRequest,
    )
    from .cancel_command_request import CancelCommandRequest as CancelCommandRequest
    from .cancel_command_response200 import CancelCommandResponse200 as CancelCommandResponse200
    from .cancel_queued_job_request import CancelQueuedJobRequest as CancelQueuedJobRequest
    from .cancel_subscription_read import CancelSubscriptionRead as CancelSubscriptionRead
    from .catalog_config_diff import CatalogConfigDiff as CatalogConfigDiff
    from .catalog_diff import CatalogDiff as CatalogDiff
    from .check_connection_read import CheckConnectionRead as CheckConnectionRead
    from .check_connection_read_status import CheckConnectionReadStatus as CheckConnectionReadStatus
    from .check_contribution_read import CheckContributionRead as CheckContributionRead
    from .check_contribution_request_body import (
        CheckContributionRequestBody as CheckContributionRequestBody,
    )
    from .check_data_worker_capacity_read import (
        CheckDataWorkerCapacityRead as CheckDataWorkerCapacityRead,
    )
    from .check_data_worker_capacity_request import (
        CheckDataWorkerCapacityRequest as CheckDataWorkerCapacityRequest,
    )
    from .check_operation_read import CheckOperationRead as CheckOperationRead
    from .check_operation_read_status import CheckOperationReadStatus as CheckOperationReadStatus
    from .complete_connector_builder_project_oauth_request import (
        CompleteConnectorBuilderProjectOauthRequest as CompleteConnectorBuilderProjectOauthRequest,
    )
    from .complete_destination_o_auth_request import (
        CompleteDestinationOAuthRequest as CompleteDestinationOAuthRequest,
    )
    from .complete_o_auth_response import CompleteOAuthResponse as CompleteOAuthResponse
    from .complete_source_oauth_request import (
        CompleteSourceOauthRequest as CompleteSourceOauthRequest,
    )
    from .configured_stream_mapper import ConfiguredStreamMapper as ConfiguredStreamMapper
    from .connection_and_job_id_request_body import (
        ConnectionAndJobIdRequestBody as ConnectionAndJobIdRequestBody,
    )
    from .connection_auto_propagate_result import (
        ConnectionAutoPropagateResult as ConnectionAutoPropagateResult,
    )
    from .connection_auto_propagate_schema_change import (
        ConnectionAutoPropagateSchemaChange as ConnectionAutoPropagateSchemaChange,
    )
    from .connection_context_read import ConnectionContextRead as ConnectionContextRead
    from .connection_create import ConnectionCreate as ConnectionCreate
    from .connection_create_request import ConnectionCreateRequest as ConnectionCreateRequest
    from .connection_data_history_read_item import (
        ConnectionDataHistoryReadItem as ConnectionDataHistoryReadItem,
    )
    from .connection_data_history_request_body import (
        ConnectionDataHistoryRequestBody as ConnectionDataHistoryRequestBody,
    )
    from .connection_event import ConnectionEvent as ConnectionEvent
    from .connection_event_id_request_body import (
        ConnectionEventIdRequestBody as ConnectionEventIdRequestBody,
    )
    from .connection_event_list import ConnectionEventList as ConnectionEventList
    from .connection_event_list_minimal import (
        ConnectionEventListMinimal as ConnectionEventListMinimal,
    )
    from .connection_event_minimal import ConnectionEventMinimal as ConnectionEventMinimal
    from .connection_event_type import ConnectionEventType as ConnectionEventType
    from .connection_event_with_details import (
        ConnectionEventWithDetails as ConnectionEventWithDetails,
    )
    from .connection_events_backfill_request_body import (
        ConnectionEventsBackfillRequestBody as ConnectionEventsBackfillRequestBody,
    )
    from .connection_events_list_minimal_request_body import (
        ConnectionEventsListMinimalRequestBody as ConnectionEventsListMinimalRequestBody,
    )
    from .connection_events_request_body import (
        ConnectionEventsRequestBody as ConnectionEventsRequestBody,
    )
    from .connection_id_request_body import ConnectionIdRequestBody as ConnectionIdRequestBody
    from .connection_job_request_body import ConnectionJobRequestBody as ConnectionJobRequestBody
    from .connection_last_job_per_stream_read_item import (
        ConnectionLastJobPerStreamReadItem as ConnectionLastJobPerStreamReadItem,
    )
    from .connection_last_job_per_stream_request_body import (
        ConnectionLastJobPerStreamRequestBody as ConnectionLastJobPerStreamRequestBody,
    )
    from .connection_patch_request import ConnectionPatchRequest as ConnectionPatchRequest
    from .connection_read import ConnectionRead as ConnectionRead
    from .connection_read_list import ConnectionReadList as ConnectionReadList
    from .connection_response import ConnectionResponse as ConnectionResponse
    from .connection_schedule import ConnectionSchedule as ConnectionSchedule
    from .connection_schedule_data import ConnectionScheduleData as ConnectionScheduleData
    from .connection_schedule_data_basic_schedule import (
        ConnectionScheduleDataBasicSchedule as ConnectionScheduleDataBasicSchedule,
    )
    from .connection_schedule_data_basic_schedule_time_unit import (
        ConnectionScheduleDataBasicScheduleTimeUnit as ConnectionScheduleDataBasicScheduleTimeUnit,
    )
    from .connection_schedule_data_cron import (
        ConnectionScheduleDataCron as ConnectionScheduleDataCron,
    )
    from .connection_schedule_response import (
        ConnectionScheduleResponse as ConnectionScheduleResponse,
    )
    from .connection_schedule_time_unit import (
        ConnectionScheduleTimeUnit as ConnectionScheduleTimeUnit,
    )
    from .connection_schedule_type import ConnectionScheduleType as ConnectionScheduleType
    from .connection_search import ConnectionSearch as ConnectionSearch
    from .connection_state import ConnectionState as ConnectionState
    from .connection_state_create_or_update import (
        ConnectionStateCreateOrUpdate as ConnectionStateCreateOrUpdate,
    )
    from .connection_state_type import ConnectionStateType as ConnectionStateType
    from .connection_status import ConnectionStatus as ConnectionStatus
    from .connection_status_enum import ConnectionStatusEnum as ConnectionStatusEnum
    from .connection_status_read import ConnectionStatusRead as ConnectionStatusRead
    from .connection_statuses_request_body import (
        ConnectionStatusesRequestBody as ConnectionStatusesRequestBody,
    )
    from .connection_stream import ConnectionStream as ConnectionStream
    from .connection_stream_history_read_item import (
        ConnectionStreamHistoryReadItem as ConnectionStreamHistoryReadItem,
    )
    from .connection_stream_history_request_body import (
        ConnectionStreamHistoryRequestBody as ConnectionStreamHistoryRequestBody,
    )
    from .connection_stream_refresh_request_body import (
        ConnectionStreamRefreshRequestBody as ConnectionStreamRefreshRequestBody,
    )
    from .connection_stream_request_body import (
        ConnectionStreamRequestBody as ConnectionStreamRequestBody,
    )
    from .connection_sync_mode_enum import ConnectionSyncModeEnum as ConnectionSyncModeEnum
    from .connection_sync_progress_read import (
        ConnectionSyncProgressRead as ConnectionSyncProgressRead,
    )
    from .connection_sync_result_read import ConnectionSyncResultRead as ConnectionSyncResultRead
    from .connection_sync_status import ConnectionSyncStatus as ConnectionSyncStatus
    from .connection_update import ConnectionUpdate as ConnectionUpdate
    from .connection_update_with_reason import (
        ConnectionUpdateWithReason as ConnectionUpdateWithReason,
    )
    from .connection_uptime_history_request_body import (
        ConnectionUptimeHistoryRequestBody as ConnectionUptimeHistoryRequestBody,
    )
    from .connection_usage_read import ConnectionUsageRead as ConnectionUsageRead
    from .connections_response import ConnectionsResponse as ConnectionsResponse
    from .connector_builder_auxiliary_request import (
        ConnectorBuilderAuxiliaryRequest as ConnectorBuilderAuxiliaryRequest,
    )
    from .connector_builder_auxiliary_request_type import (
        ConnectorBuilderAuxiliaryRequestType as ConnectorBuilderAuxiliaryRequestType,
    )
    from .connector_builder_capabilities import (
        ConnectorBuilderCapabilities as ConnectorBuilderCapabilities,
    )
    from .connector_builder_http_request import (
        ConnectorBuilderHttpRequest as ConnectorBuilderHttpRequest,
    )
    from .connector_builder_http_request_http_method import (
        ConnectorBuilderHttpRequestHttpMethod as ConnectorBuilderHttpRequestHttpMethod,
    )
    from .connector_builder_http_response import (
        ConnectorBuilderHttpResponse as ConnectorBuilderHttpResponse,
    )
    from .connector_builder_project_details import (
        ConnectorBuilderProjectDetails as ConnectorBuilderProjectDetails,
    )
    from .connector_builder_project_details_read import (
        ConnectorBuilderProjectDetailsRead as ConnectorBuilderProjectDetailsRead,
    )
    from .connector_builder_project_fork_request_body import (
        ConnectorBuilderProjectForkRequestBody as ConnectorBuilderProjectForkRequestBody,
    )
    from .connector_builder_project_full_resolve_request_body import (
        ConnectorBuilderProjectFullResolveRequestBody as ConnectorBuilderProjectFullResolveRequestBody,
    )
    from .connector_builder_project_id_with_workspace_id import (
        ConnectorBuilderProjectIdWithWorkspaceId as ConnectorBuilderProjectIdWithWorkspaceId,
    )
    from .connector_builder_project_read import (
        ConnectorBuilderProjectRead as ConnectorBuilderProjectRead,
    )
    from .connector_builder_project_read_list import (
        ConnectorBuilderProjectReadList as ConnectorBuilderProjectReadList,
    )
    from .connector_builder_project_resolve_request_body import (
        ConnectorBuilderProjectResolveRequestBody as ConnectorBuilderProjectResolveRequestBody,
    )
    from .connector_builder_project_stream_read import (
        ConnectorBuilderProjectStreamRead as ConnectorBuilderProjectStreamRead,
    )
    from .connector_builder_project_stream_read_logs_item import (
        ConnectorBuilderProjectStreamReadLogsItem as ConnectorBuilderProjectStreamReadLogsItem,
    )
    from .connector_builder_project_stream_read_logs_item_level import (
        ConnectorBuilderProjectStreamReadLogsItemLevel as ConnectorBuilderProjectStreamReadLogsItemLevel,
    )
    from .connector_builder_project_stream_read_request_body import (
        ConnectorBuilderProjectStreamReadRequestBody as ConnectorBuilderProjectStreamReadRequestBody,
    )
    from .connector_builder_project_stream_read_slices_item import (
        ConnectorBuilderProjectStreamReadSlicesItem as ConnectorBuilderProjectStreamReadSlicesItem,
    )
    from .connector_builder_project_stream_read_slices_item_pages_item import (
        ConnectorBuilderProjectStreamReadSlicesItemPagesItem as ConnectorBuilderProjectStreamReadSlicesItemPagesItem,
    )
    from .connector_builder_project_testing_values_update import (
        ConnectorBuilderProjectTestingValuesUpdate as ConnectorBuilderProjectTestingValuesUpdate,
    )
    from .connector_builder_project_with_workspace_id import (
        ConnectorBuilderProjectWithWorkspaceId as ConnectorBuilderProjectWithWorkspaceId,
    )
    from .connector_builder_publish_request_body import (
        ConnectorBuilderPublishRequestBody as ConnectorBuilderPublishRequestBody,
    )
    from .connector_builder_resolved_manifest import (
        ConnectorBuilderResolvedManifest as ConnectorBuilderResolvedManifest,
    )
    from .connector_definition_response import (
        ConnectorDefinitionResponse as ConnectorDefinitionResponse,
    )
    from .connector_definitions_response import (
        ConnectorDefinitionsResponse as ConnectorDefinitionsResponse,
    )
    from .connector_documentation_read import (
        ConnectorDocumentationRead as ConnectorDocumentationRead,
    )
    from .connector_documentation_request_body import (
        ConnectorDocumentationRequestBody as ConnectorDocumentationRequestBody,
    )
    from .connector_rollout_actor_selection_info import (
        ConnectorRolloutActorSelectionInfo as ConnectorRolloutActorSelectionInfo,
    )
    from .connector_rollout_actor_sync_info import (
        ConnectorRolloutActorSyncInfo as ConnectorRolloutActorSyncInfo,
    )
    from .connector_rollout_actor_sync_info_response import (
        ConnectorRolloutActorSyncInfoResponse as ConnectorRolloutActorSyncInfoResponse,
    )
    from .connector_rollout_actor_sync_info_response_data import (
        ConnectorRolloutActorSyncInfoResponseData as ConnectorRolloutActorSyncInfoResponseData,
    )
    from .connector_rollout_filters import ConnectorRolloutFilters as ConnectorRolloutFilters
    from .connector_rollout_finalize_request_body import (
        ConnectorRolloutFinalizeRequestBody as ConnectorRolloutFinalizeRequestBody,
    )
    from .connector_rollout_finalize_response import (
        ConnectorRolloutFinalizeResponse as ConnectorRolloutFinalizeResponse,
    )
    from .connector_rollout_get_actor_sync_info_request_body import (
        ConnectorRolloutGetActorSyncInfoRequestBody as ConnectorRolloutGetActorSyncInfoRequestBody,
    )
    from .connector_rollout_job_bypass_filter import (
        ConnectorRolloutJobBypassFilter as ConnectorRolloutJobBypassFilter,
    )
    from .connector_rollout_list_by_actor_definition_id_request_body import (
        ConnectorRolloutListByActorDefinitionIdRequestBody as ConnectorRolloutListByActorDefinitionIdRequestBody,
    )
    from .connector_rollout_list_request_body import (
        ConnectorRolloutListRequestBody as ConnectorRolloutListRequestBody,
    )
    from .connector_rollout_list_response import (
        ConnectorRolloutListResponse as ConnectorRolloutListResponse,
    )
    from .connector_rollout_manual_finalize_request_body import (
        ConnectorRolloutManualFinalizeRequestBody as ConnectorRolloutManualFinalizeRequestBody,
    )
    from .connector_rollout_manual_finalize_response import (
        ConnectorRolloutManualFinalizeResponse as ConnectorRolloutManualFinalizeResponse,
    )
    from .connector_rollout_manual_rollout_request_body import (
        ConnectorRolloutManualRolloutRequestBody as ConnectorRolloutManualRolloutRequestBody,
    )
    from .connector_rollout_manual_rollout_response import (
        ConnectorRolloutManualRolloutResponse as ConnectorRolloutManualRolloutResponse,
    )
    from .connector_rollout_manual_start_request_body import (
        ConnectorRolloutManualStartRequestBody as ConnectorRolloutManualStartRequestBody,
    )
    from .connector_rollout_read import ConnectorRolloutRead as ConnectorRolloutRead
    from .connector_rollout_read_request_body import (
        ConnectorRolloutReadRequestBody as ConnectorRolloutReadRequestBody,
    )
    from .connector_rollout_read_response import (
        ConnectorRolloutReadResponse as ConnectorRolloutReadResponse,
    )
    from .connector_rollout_request_body import (
        ConnectorRolloutRequestBody as ConnectorRolloutRequestBody,
    )
    from .connector_rollout_response import ConnectorRolloutResponse as ConnectorRolloutResponse
    from .connector_rollout_start_request_body import (
        ConnectorRolloutStartRequestBody as ConnectorRolloutStartRequestBody,
    )
    from .connector_rollout_start_response import (
        ConnectorRolloutStartResponse as ConnectorRolloutStartResponse,
    )
    from .connector_rollout_state import ConnectorRolloutState as ConnectorRolloutState
    from .connector_rollout_state_terminal import (
        ConnectorRolloutStateTerminal as ConnectorRolloutStateTerminal,
    )
    from .connector_rollout_strategy import ConnectorRolloutStrategy as ConnectorRolloutStrategy
    from .connector_rollout_tier_filter import (
        ConnectorRolloutTierFilter as ConnectorRolloutTierFilter,
    )
    from .connector_rollout_update_state_request_body import (
        ConnectorRolloutUpdateStateRequestBody as ConnectorRolloutUpdateStateRequestBody,
    )
    from .connector_type import ConnectorType as ConnectorType
    from .consumption_time_window import ConsumptionTimeWindow as ConsumptionTimeWindow
    from .contribution_info import ContributionInfo as ContributionInfo
    from .create_actor_definition_request import (
        CreateActorDefinitionRequest as CreateActorDefinitionRequest,
    )
    from .create_actor_definition_response200 import (
        CreateActorDefinitionResponse200 as CreateActorDefinitionResponse200,
    )
    from .create_declarative_source_definition_request import (
        CreateDeclarativeSourceDefinitionRequest as CreateDeclarativeSourceDefinitionRequest,
    )
    from .create_definition_request import CreateDefinitionRequest as CreateDefinitionRequest
    from .create_new_attempt_number_request import (
        CreateNewAttemptNumberRequest as CreateNewAttemptNumberRequest,
    )
    from .create_new_attempt_number_response200 import (
        CreateNewAttemptNumberResponse200 as CreateNewAttemptNumberResponse200,
    )
    from .create_or_update_secrets_persistence_config_request_body import (
        CreateOrUpdateSecretsPersistenceConfigRequestBody as CreateOrUpdateSecretsPersistenceConfigRequestBody,
    )
    from .create_sso_config_request_body import (
        CreateSsoConfigRequestBody as CreateSsoConfigRequestBody,
    )
    from .credit_block_read import CreditBlockRead as CreditBlockRead
    from .custom_destination_definition_create import (
        CustomDestinationDefinitionCreate as CustomDestinationDefinitionCreate,
    )
    from .custom_source_definition_create import (
        CustomSourceDefinitionCreate as CustomSourceDefinitionCreate,
    )
    from .customer_portal_read import CustomerPortalRead as CustomerPortalRead
    from .customer_portal_request_body import CustomerPortalRequestBody as CustomerPortalRequestBody
    from .customer_portal_request_body_flow import (
        CustomerPortalRequestBodyFlow as CustomerPortalRequestBodyFlow,
    )
    from .customer_portal_request_body_plan import (
        CustomerPortalRequestBodyPlan as CustomerPortalRequestBodyPlan,
    )
    from .customer_tier import CustomerTier as CustomerTier
    from .data_type import DataType as DataType
    from .data_worker_usage import DataWorkerUsage as DataWorkerUsage
    from .dataplane_create_request import DataplaneCreateRequest as DataplaneCreateRequest
    from .dataplane_create_request_body import (
        DataplaneCreateRequestBody as DataplaneCreateRequestBody,
    )
    from .dataplane_create_response import DataplaneCreateResponse as DataplaneCreateResponse
    from .dataplane_create_response_body import (
        DataplaneCreateResponseBody as DataplaneCreateResponseBody,
    )
    from .dataplane_delete_request_body import (
        DataplaneDeleteRequestBody as DataplaneDeleteRequestBody,
    )
    from .dataplane_group_create_request_body import (
        DataplaneGroupCreateRequestBody as DataplaneGroupCreateRequestBody,
    )
    from .dataplane_group_delete_request_body import (
        DataplaneGroupDeleteRequestBody as DataplaneGroupDeleteRequestBody,
    )
    from .dataplane_group_list_request_body import (
        DataplaneGroupListRequestBody as DataplaneGroupListRequestBody,
    )
    from .dataplane_group_list_response import (
        DataplaneGroupListResponse as DataplaneGroupListResponse,
    )
    from .dataplane_group_read import DataplaneGroupRead as DataplaneGroupRead
    from .dataplane_group_update_request_body import (
        DataplaneGroupUpdateRequestBody as DataplaneGroupUpdateRequestBody,
    )
    from .dataplane_health_list_response import (
        DataplaneHealthListResponse as DataplaneHealthListResponse,
    )
    from .dataplane_health_read import DataplaneHealthRead as DataplaneHealthRead
    from .dataplane_health_read_status import DataplaneHealthReadStatus as DataplaneHealthReadStatus
    from .dataplane_heartbeat_request_body import (
        DataplaneHeartbeatRequestBody as DataplaneHeartbeatRequestBody,
    )
    from .dataplane_heartbeat_response import (
        DataplaneHeartbeatResponse as DataplaneHeartbeatResponse,
    )
    from .dataplane_init_request_body import DataplaneInitRequestBody as DataplaneInitRequestBody
    from .dataplane_init_response import DataplaneInitResponse as DataplaneInitResponse
    from .dataplane_list_request_body import DataplaneListRequestBody as DataplaneListRequestBody
    from .dataplane_list_response import DataplaneListResponse as DataplaneListResponse
    from .dataplane_patch_request import DataplanePatchRequest as DataplanePatchRequest
    from .dataplane_read import DataplaneRead as DataplaneRead
    from .dataplane_response import DataplaneResponse as DataplaneResponse
    from .dataplane_token_request_body import DataplaneTokenRequestBody as DataplaneTokenRequestBody
    from .dataplane_update_request_body import (
        DataplaneUpdateRequestBody as DataplaneUpdateRequestBody,
    )
    from .dataplanes_response import DataplanesResponse as DataplanesResponse
    from .db_migration_execution_read import DbMigrationExecutionRead as DbMigrationExecutionRead
    from .db_migration_read import DbMigrationRead as DbMigrationRead
    from .db_migration_read_list import DbMigrationReadList as DbMigrationReadList
    from .db_migration_request_body import DbMigrationRequestBody as DbMigrationRequestBody
    from .db_migration_state import DbMigrationState as DbMigrationState
    from .dbt_cloud_job_info import DbtCloudJobInfo as DbtCloudJobInfo
    from .deadline_action import DeadlineAction as DeadlineAction
    from .declarative_manifest_base_image_read import (
        DeclarativeManifestBaseImageRead as DeclarativeManifestBaseImageRead,
    )
    from .declarative_manifest_read import DeclarativeManifestRead as DeclarativeManifestRead
    from .declarative_manifest_request_body import (
        DeclarativeManifestRequestBody as DeclarativeManifestRequestBody,
    )
    from .declarative_manifest_version_read import (
        DeclarativeManifestVersionRead as DeclarativeManifestVersionRead,
    )
    from .declarative_manifests_read_list import (
        DeclarativeManifestsReadList as DeclarativeManifestsReadList,
    )
    from .declarative_source_definition_create_manifest_request_body import (
        DeclarativeSourceDefinitionCreateManifestRequestBody as DeclarativeSourceDefinitionCreateManifestRequestBody,
    )
    from .declarative_source_definition_response import (
        DeclarativeSourceDefinitionResponse as DeclarativeSourceDefinitionResponse,
    )
    from .declarative_source_definitions_response import (
        DeclarativeSourceDefinitionsResponse as DeclarativeSourceDefinitionsResponse,
    )
    from .declarative_source_manifest import DeclarativeSourceManifest as DeclarativeSourceManifest
    from .definition_response import DefinitionResponse as DefinitionResponse
    from .definitions_response import DefinitionsResponse as DefinitionsResponse
    from .delete_sso_config_request_body import (
        DeleteSsoConfigRequestBody as DeleteSsoConfigRequestBody,
    )
    from .delete_stream_reset_records_for_job_request import (
        DeleteStreamResetRecordsForJobRequest as DeleteStreamResetRecordsForJobRequest,
    )
    from .deployment_metadata_read import DeploymentMetadataRead as DeploymentMetadataRead
    from .destination_catalog import DestinationCatalog as DestinationCatalog
    from .destination_clone_configuration import (
        DestinationCloneConfiguration as DestinationCloneConfiguration,
    )
    from .destination_clone_request_body import (
        DestinationCloneRequestBody as DestinationCloneRequestBody,
    )
    from .destination_core_config import DestinationCoreConfig as DestinationCoreConfig
    from .destination_create import DestinationCreate as DestinationCreate
    from .destination_create_request import DestinationCreateRequest as DestinationCreateRequest
    from .destination_definition_create import (
        DestinationDefinitionCreate as DestinationDefinitionCreate,
    )
    from .destination_definition_id_request_body import (
        DestinationDefinitionIdRequestBody as DestinationDefinitionIdRequestBody,
    )
    from .destination_definition_id_with_workspace_id import (
        DestinationDefinitionIdWithWorkspaceId as DestinationDefinitionIdWithWorkspaceId,
    )
    from .destination_definition_read import DestinationDefinitionRead as DestinationDefinitionRead
    from .destination_definition_read_list import (
        DestinationDefinitionReadList as DestinationDefinitionReadList,
    )
    from .destination_definition_specification_read import (
        DestinationDefinitionSpecificationRead as DestinationDefinitionSpecificationRead,
    )
    from .destination_definition_update import (
        DestinationDefinitionUpdate as DestinationDefinitionUpdate,
    )
    from .destination_discover_read import DestinationDiscoverRead as DestinationDiscoverRead
    from .destination_discover_schema_request_body import (
        DestinationDiscoverSchemaRequestBody as DestinationDiscoverSchemaRequestBody,
    )
    from .destination_discover_schema_write_request_body import (
        DestinationDiscoverSchemaWriteRequestBody as DestinationDiscoverSchemaWriteRequestBody,
    )
    from .destination_id_request_body import DestinationIdRequestBody as DestinationIdRequestBody
    from .destination_oauth_consent_request import (
        DestinationOauthConsentRequest as DestinationOauthConsentRequest,
    )
    from .destination_operation import DestinationOperation as DestinationOperation
    from .destination_patch_request import DestinationPatchRequest as DestinationPatchRequest
    from .destination_put_request import DestinationPutRequest as DestinationPutRequest
    from .destination_read import DestinationRead as DestinationRead
    from .destination_read_list import DestinationReadList as DestinationReadList
    from .destination_response import DestinationResponse as DestinationResponse
    from .destination_search import DestinationSearch as DestinationSearch
    from .destination_snippet_read import DestinationSnippetRead as DestinationSnippetRead
    from .destination_sync_mode import DestinationSyncMode as DestinationSyncMode
    from .destination_update import DestinationUpdate as DestinationUpdate
    from .destinations_response import DestinationsResponse as DestinationsResponse
    from .diagnostic_report_request_body import (
        DiagnosticReportRequestBody as DiagnosticReportRequestBody,
    )
    from .diff_catalogs_request import DiffCatalogsRequest as DiffCatalogsRequest
    from .diff_catalogs_response200 import DiffCatalogsResponse200 as DiffCatalogsResponse200
    from .discover_catalog_result import DiscoverCatalogResult as DiscoverCatalogResult
    from .domain_verification_create_request_body import (
        DomainVerificationCreateRequestBody as DomainVerificationCreateRequestBody,
    )
    from .domain_verification_id_request_body import (
        DomainVerificationIdRequestBody as DomainVerificationIdRequestBody,
    )
    from .domain_verification_list_response import (
        DomainVerificationListResponse as DomainVerificationListResponse,
    )
    from .domain_verification_response import (
        DomainVerificationResponse as DomainVerificationResponse,
    )
    from .domain_verification_response_status import (
        DomainVerificationResponseStatus as DomainVerificationResponseStatus,
    )
    from .domain_verification_response_verification_method import (
        DomainVerificationResponseVerificationMethod as DomainVerificationResponseVerificationMethod,
    )
    from .email_notification_config import EmailNotificationConfig as EmailNotificationConfig
    from .embedded_organization_list_item import (
        EmbeddedOrganizationListItem as EmbeddedOrganizationListItem,
    )
    from .embedded_organizations_list import EmbeddedOrganizationsList as EmbeddedOrganizationsList
    from .embedded_scoped_token_request import (
        EmbeddedScopedTokenRequest as EmbeddedScopedTokenRequest,
    )
    from .embedded_scoped_token_response import (
        EmbeddedScopedTokenResponse as EmbeddedScopedTokenResponse,
    )
    from .embedded_source_oauth_consent_request import (
        EmbeddedSourceOauthConsentRequest as EmbeddedSourceOauthConsentRequest,
    )
    from .embedded_widget_request import EmbeddedWidgetRequest as EmbeddedWidgetRequest
    from .embedded_widget_response import EmbeddedWidgetResponse as EmbeddedWidgetResponse
    from .enable_scim_request_body import EnableScimRequestBody as EnableScimRequestBody
    from .encryption_mapper_aes_configuration import (
        EncryptionMapperAesConfiguration as EncryptionMapperAesConfiguration,
    )
    from .encryption_mapper_aes_configuration_mode import (
        EncryptionMapperAesConfigurationMode as EncryptionMapperAesConfigurationMode,
    )
    from .encryption_mapper_aes_configuration_padding import (
        EncryptionMapperAesConfigurationPadding as EncryptionMapperAesConfigurationPadding,
    )
    from .encryption_mapper_algorithm import EncryptionMapperAlgorithm as EncryptionMapperAlgorithm
    from .encryption_mapper_configuration import (
        EncryptionMapperConfiguration as EncryptionMapperConfiguration,
    )
    from .encryption_mapper_rsa_configuration import (
        EncryptionMapperRsaConfiguration as EncryptionMapperRsaConfiguration,
    )
    from .endpoint_private_link_service_config import (
        EndpointPrivateLinkServiceConfig as EndpointPrivateLinkServiceConfig,
    )
    from .endpoint_private_link_service_config_type import (
        EndpointPrivateLinkServiceConfigType as EndpointPrivateLinkServiceConfigType,
    )
    from .enterprise_connector_stub import EnterpriseConnectorStub as EnterpriseConnectorStub
    from .enterprise_connector_stubs_read_list import (
        EnterpriseConnectorStubsReadList as EnterpriseConnectorStubsReadList,
    )
    from .entitlement_plan_info import EntitlementPlanInfo as EntitlementPlanInfo
    from .entitlement_plan_response import EntitlementPlanResponse as EntitlementPlanResponse
    from .existing_connector_builder_project_with_workspace_id import (
        ExistingConnectorBuilderProjectWithWorkspaceId as ExistingConnectorBuilderProjectWithWorkspaceId,
    )
    from .fail_attempt_request import FailAttemptRequest as FailAttemptRequest
    from .failure_origin import FailureOrigin as FailureOrigin
    from .failure_reason import FailureReason as FailureReason
    from .failure_type import FailureType as FailureType
    from .field_add import FieldAdd as FieldAdd
    from .field_data_type_diff import FieldDataTypeDiff as FieldDataTypeDiff
    from .field_filtering_mapper_configuration import (
        FieldFilteringMapperConfiguration as FieldFilteringMapperConfiguration,
    )
    from .field_remove import FieldRemove as FieldRemove
    from .field_renaming_mapper_configuration import (
        FieldRenamingMapperConfiguration as FieldRenamingMapperConfiguration,
    )
    from .field_schema_update import FieldSchemaUpdate as FieldSchemaUpdate
    from .field_spec import FieldSpec as FieldSpec
    from .field_spec_type import FieldSpecType as FieldSpecType
    from .field_transform import FieldTransform as FieldTransform
    from .field_transform_transform_type import (
        FieldTransformTransformType as FieldTransformTransformType,
    )
    from .finish_actor_definition_update_response200 import (
        FinishActorDefinitionUpdateResponse200 as FinishActorDefinitionUpdateResponse200,
    )
    from .generate_contribution_request_body import (
        GenerateContributionRequestBody as GenerateContributionRequestBody,
    )
    from .generate_contribution_response import (
        GenerateContributionResponse as GenerateContributionResponse,
    )
    from .get_actor_definition_result_request import (
        GetActorDefinitionResultRequest as GetActorDefinitionResultRequest,
    )
    from .get_actor_definition_result_response200 import (
        GetActorDefinitionResultResponse200 as GetActorDefinitionResultResponse200,
    )
    from .get_actor_definition_result_response200_status import (
        GetActorDefinitionResultResponse200Status as GetActorDefinitionResultResponse200Status,
    )
    from .get_actor_definition_version_default_request_body import (
        GetActorDefinitionVersionDefaultRequestBody as GetActorDefinitionVersionDefaultRequestBody,
    )
    from .get_attempt_stats_request_body import (
        GetAttemptStatsRequestBody as GetAttemptStatsRequestBody,
    )
    from .get_check_command_output_request import (
        GetCheckCommandOutputRequest as GetCheckCommandOutputRequest,
    )
    from .get_check_command_output_response200 import (
        GetCheckCommandOutputResponse200 as GetCheckCommandOutputResponse200,
    )
    from .get_check_command_output_response200_status import (
        GetCheckCommandOutputResponse200Status as GetCheckCommandOutputResponse200Status,
    )
    from .get_command_request import GetCommandRequest as GetCommandRequest
    from .get_command_response200 import GetCommandResponse200 as GetCommandResponse200
    from .get_command_status_request import GetCommandStatusRequest as GetCommandStatusRequest
    from .get_command_status_response200 import (
        GetCommandStatusResponse200 as GetCommandStatusResponse200,
    )
    from .get_command_status_response200_status import (
        GetCommandStatusResponse200Status as GetCommandStatusResponse200Status,
    )
    from .get_discover_command_output_request import (
        GetDiscoverCommandOutputRequest as GetDiscoverCommandOutputRequest,
    )
    from .get_discover_command_output_response200 import (
        GetDiscoverCommandOutputResponse200 as GetDiscoverCommandOutputResponse200,
    )
    from .get_discover_command_output_response200_status import (
        GetDiscoverCommandOutputResponse200Status as GetDiscoverCommandOutputResponse200Status,
    )
    from .get_entitlements_by_organization_id_request_body import (
        GetEntitlementsByOrganizationIdRequestBody as GetEntitlementsByOrganizationIdRequestBody,
    )
    from .get_entitlements_by_organization_id_response import (
        GetEntitlementsByOrganizationIdResponse as GetEntitlementsByOrganizationIdResponse,
    )
    from .get_replicate_command_output_request import (
        GetReplicateCommandOutputRequest as GetReplicateCommandOutputRequest,
    )
    from .get_replicate_command_output_response200 import (
        GetReplicateCommandOutputResponse200 as GetReplicateCommandOutputResponse200,
    )
    from .get_spec_command_output_request import (
        GetSpecCommandOutputRequest as GetSpecCommandOutputRequest,
    )
    from .get_spec_command_output_response200 import (
        GetSpecCommandOutputResponse200 as GetSpecCommandOutputResponse200,
    )
    from .get_spec_command_output_response200_status import (
        GetSpecCommandOutputResponse200Status as GetSpecCommandOutputResponse200Status,
    )
    from .get_sso_config_request_body import GetSsoConfigRequestBody as GetSsoConfigRequestBody
    from .get_webhook_config_request import GetWebhookConfigRequest as GetWebhookConfigRequest
    from .get_webhook_config_response200 import (
        GetWebhookConfigResponse200 as GetWebhookConfigResponse200,
    )
    from .global_state import GlobalState as GlobalState
    from .group_create import GroupCreate as GroupCreate
    from .group_create_request import GroupCreateRequest as GroupCreateRequest
    from .group_id_request_body import GroupIdRequestBody as GroupIdRequestBody
    from .group_member_add_request import GroupMemberAddRequest as GroupMemberAddRequest
    from .group_member_read import GroupMemberRead as GroupMemberRead
    from .group_member_read_list import GroupMemberReadList as GroupMemberReadList
    from .group_member_request_body import GroupMemberRequestBody as GroupMemberRequestBody
    from .group_member_response import GroupMemberResponse as GroupMemberResponse
    from .group_members_response import GroupMembersResponse as GroupMembersResponse
    from .group_permission_create import GroupPermissionCreate as GroupPermissionCreate
    from .group_permission_create_request import (
        GroupPermissionCreateRequest as GroupPermissionCreateRequest,
    )
    from .group_permission_id_request_body import (
        GroupPermissionIdRequestBody as GroupPermissionIdRequestBody,
    )
    from .group_permission_read import GroupPermissionRead as GroupPermissionRead
    from .group_permission_read_list import GroupPermissionReadList as GroupPermissionReadList
    from .group_permission_response import GroupPermissionResponse as GroupPermissionResponse
    from .group_permissions_response import GroupPermissionsResponse as GroupPermissionsResponse
    from .group_read import GroupRead as GroupRead
    from .group_read_list import GroupReadList as GroupReadList
    from .group_response import GroupResponse as GroupResponse
    from .group_update import GroupUpdate as GroupUpdate
    from .group_update_request import GroupUpdateRequest as GroupUpdateRequest
    from .groups_response import GroupsResponse as GroupsResponse
    from .hashing_mapper_configuration import (
        HashingMapperConfiguration as HashingMapperConfiguration,
    )
    from .hashing_mapper_configuration_method import (
        HashingMapperConfigurationMethod as HashingMapperConfigurationMethod,
    )
    from .health_check_read import HealthCheckRead as HealthCheckRead
    from .heartbeat_record import HeartbeatRecord as HeartbeatRecord
    from .import_read import ImportRead as ImportRead
    from .import_read_status import ImportReadStatus as ImportReadStatus
    from .import_request_body import ImportRequestBody as ImportRequestBody
    from .individual_workspace_usage_read import (
        IndividualWorkspaceUsageRead as IndividualWorkspaceUsageRead,
    )
    from .individual_workspace_usage_read_workspace import (
        IndividualWorkspaceUsageReadWorkspace as IndividualWorkspaceUsageReadWorkspace,
    )
    from .initiate_oauth_request import InitiateOauthRequest as InitiateOauthRequest
    from .initiate_oauth_request_client_type import (
        InitiateOauthRequestClientType as InitiateOauthRequestClientType,
    )
    from .instance_configuration_response import (
        InstanceConfigurationResponse as InstanceConfigurationResponse,
    )
    from .instance_configuration_response_edition import (
        InstanceConfigurationResponseEdition as InstanceConfigurationResponseEdition,
    )
    from .instance_configuration_response_tracking_strategy import (
        InstanceConfigurationResponseTrackingStrategy as InstanceConfigurationResponseTrackingStrategy,
    )
    from .instance_configuration_setup_request_body import (
        InstanceConfigurationSetupRequestBody as InstanceConfigurationSetupRequestBody,
    )
    from .internal_operation_result import InternalOperationResult as InternalOperationResult
    from .invalid_input_exception_info import InvalidInputExceptionInfo as InvalidInputExceptionInfo
    from .invalid_input_property import InvalidInputProperty as InvalidInputProperty
    from .invite_code_request_body import InviteCodeRequestBody as InviteCodeRequestBody
    from .invoice_read import InvoiceRead as InvoiceRead
    from .invoice_read_status import InvoiceReadStatus as InvoiceReadStatus
    from .job_aggregated_stats import JobAggregatedStats as JobAggregatedStats
    from .job_config_type import JobConfigType as JobConfigType
    from .job_create import JobCreate as JobCreate
    from .job_create_request import JobCreateRequest as JobCreateRequest
    from .job_debug_info_read import JobDebugInfoRead as JobDebugInfoRead
    from .job_debug_read import JobDebugRead as JobDebugRead
    from .job_explain_read import JobExplainRead as JobExplainRead
    from .job_failure_request import JobFailureRequest as JobFailureRequest
    from .job_id_request_body import JobIdRequestBody as JobIdRequestBody
    from .job_info_light_read import JobInfoLightRead as JobInfoLightRead
    from .job_info_read import JobInfoRead as JobInfoRead
    from .job_list_for_workspaces_request_body import (
        JobListForWorkspacesRequestBody as JobListForWorkspacesRequestBody,
    )
    from .job_list_for_workspaces_request_body_order_by_field import (
        JobListForWorkspacesRequestBodyOrderByField as JobListForWorkspacesRequestBodyOrderByField,
    )
    from .job_list_for_workspaces_request_body_order_by_method import (
        JobListForWorkspacesRequestBodyOrderByMethod as JobListForWorkspacesRequestBodyOrderByMethod,
    )
    from .job_list_request_body import JobListRequestBody as JobListRequestBody
    from .job_list_request_body_order_by_field import (
        JobListRequestBodyOrderByField as JobListRequestBodyOrderByField,
    )
    from .job_list_request_body_order_by_method import (
        JobListRequestBodyOrderByMethod as JobListRequestBodyOrderByMethod,
    )
    from .job_logs import JobLogs as JobLogs
    from .job_optional_read import JobOptionalRead as JobOptionalRead
    from .job_read import JobRead as JobRead
    from .job_read_list import JobReadList as JobReadList
    from .job_read_response import JobReadResponse as JobReadResponse
    from .job_refresh_config import JobRefreshConfig as JobRefreshConfig
    from .job_response import JobResponse as JobResponse
    from .job_retry_state_request_body import JobRetryStateRequestBody as JobRetryStateRequestBody
    from .job_status import JobStatus as JobStatus
    from .job_status_enum import JobStatusEnum as JobStatusEnum
    from .job_success_with_attempt_number_request import (
        JobSuccessWithAttemptNumberRequest as JobSuccessWithAttemptNumberRequest,
    )
    from .job_sync_result_read import JobSyncResultRead as JobSyncResultRead
    from .job_type import JobType as JobType
    from .job_type_enum import JobTypeEnum as JobTypeEnum
    from .job_type_resource_limit import JobTypeResourceLimit as JobTypeResourceLimit
    from .job_with_attempts_read import JobWithAttemptsRead as JobWithAttemptsRead
    from .jobs_response import JobsResponse as JobsResponse
    from .known_exception_info import KnownExceptionInfo as KnownExceptionInfo
    from .license_info_response import LicenseInfoResponse as LicenseInfoResponse
    from .license_status import LicenseStatus as LicenseStatus
    from .limit import Limit as Limit
    from .list_all_entitlement_plans_response import (
        ListAllEntitlementPlansResponse as ListAllEntitlementPlansResponse,
    )
    from .list_connections_for_workspaces_request_body import (
        ListConnectionsForWorkspacesRequestBody as ListConnectionsForWorkspacesRequestBody,
    )
    from .list_declarative_manifests_request_body import (
        ListDeclarativeManifestsRequestBody as ListDeclarativeManifestsRequestBody,
    )
    from .list_invoices_read import ListInvoicesRead as ListInvoicesRead
    from .list_organization_summaries_request_body import (
        ListOrganizationSummariesRequestBody as ListOrganizationSummariesRequestBody,
    )
    from .list_organization_summaries_response import (
        ListOrganizationSummariesResponse as ListOrganizationSummariesResponse,
    )
    from .list_organizations_by_user_request_body import (
        ListOrganizationsByUserRequestBody as ListOrganizationsByUserRequestBody,
    )
    from .list_resources_for_workspaces_request_body import (
        ListResourcesForWorkspacesRequestBody as ListResourcesForWorkspacesRequestBody,
    )
    from .list_workspaces_by_user_request_body import (
        ListWorkspacesByUserRequestBody as ListWorkspacesByUserRequestBody,
    )
    from .list_workspaces_in_organization_request_body import (
        ListWorkspacesInOrganizationRequestBody as ListWorkspacesInOrganizationRequestBody,
    )
    from .log_caller import LogCaller as LogCaller
    from .log_event import LogEvent as LogEvent
    from .log_events import LogEvents as LogEvents
    from .log_format_type import LogFormatType as LogFormatType
    from .log_level import LogLevel as LogLevel
    from .log_read import LogRead as LogRead
    from .log_source import LogSource as LogSource
    from .log_type import LogType as LogType
    from .logs_request_body import LogsRequestBody as LogsRequestBody
    from .mapper_configuration import MapperConfiguration as MapperConfiguration
    from .mapper_validation_error import MapperValidationError as MapperValidationError
    from .mapper_validation_error_type import MapperValidationErrorType as MapperValidationErrorType
    from .mapper_validation_result import MapperValidationResult as MapperValidationResult
    from .migrate_secret_storage_request_body import (
        MigrateSecretStorageRequestBody as MigrateSecretStorageRequestBody,
    )
    from .namespace_definition_enum import NamespaceDefinitionEnum as NamespaceDefinitionEnum
    from .namespace_definition_enum_no_default import (
        NamespaceDefinitionEnumNoDefault as NamespaceDefinitionEnumNoDefault,
    )
    from .namespace_definition_type import NamespaceDefinitionType as NamespaceDefinitionType
    from .non_breaking_changes_preference import (
        NonBreakingChangesPreference as NonBreakingChangesPreference,
    )
    from .non_breaking_schema_updates_behavior_enum import (
        NonBreakingSchemaUpdatesBehaviorEnum as NonBreakingSchemaUpdatesBehaviorEnum,
    )
    from .non_breaking_schema_updates_behavior_enum_no_default import (
        NonBreakingSchemaUpdatesBehaviorEnumNoDefault as NonBreakingSchemaUpdatesBehaviorEnumNoDefault,
    )
    from .not_found_known_exception_info import (
        NotFoundKnownExceptionInfo as NotFoundKnownExceptionInfo,
    )
    from .notification import Notification as Notification
    from .notification_config import NotificationConfig as NotificationConfig
    from .notification_item import NotificationItem as NotificationItem
    from .notification_read import NotificationRead as NotificationRead
    from .notification_read_status import NotificationReadStatus as NotificationReadStatus
    from .notification_settings import NotificationSettings as NotificationSettings
    from .notification_trigger import NotificationTrigger as NotificationTrigger
    from .notification_type import NotificationType as NotificationType
    from .notification_webhook_config_validation_request_body import (
        NotificationWebhookConfigValidationRequestBody as NotificationWebhookConfigValidationRequestBody,
    )
    from .notifications_config import NotificationsConfig as NotificationsConfig
    from .o_auth_config_specification import OAuthConfigSpecification as OAuthConfigSpecification
    from .o_auth_consent_read import OAuthConsentRead as OAuthConsentRead
    from .o_auth_scope_item import OAuthScopeItem as OAuthScopeItem
    from .operation_create import OperationCreate as OperationCreate
    from .operation_id_request_body import OperationIdRequestBody as OperationIdRequestBody
    from .operation_read import OperationRead as OperationRead
    from .operation_read_list import OperationReadList as OperationReadList
    from .operation_update import OperationUpdate as OperationUpdate
    from .operator_configuration import OperatorConfiguration as OperatorConfiguration
    from .operator_type import OperatorType as OperatorType
    from .operator_webhook import OperatorWebhook as OperatorWebhook
    from .operator_webhook_dbt_cloud import OperatorWebhookDbtCloud as OperatorWebhookDbtCloud
    from .operator_webhook_webhook_type import (
        OperatorWebhookWebhookType as OperatorWebhookWebhookType,
    )
    from .organization_agentic_status_update_request_body import (
        OrganizationAgenticStatusUpdateRequestBody as OrganizationAgenticStatusUpdateRequestBody,
    )
    from .organization_create_request_body import (
        OrganizationCreateRequestBody as OrganizationCreateRequestBody,
    )
    from .organization_data_worker_usage_read import (
        OrganizationDataWorkerUsageRead as OrganizationDataWorkerUsageRead,
    )
    from .organization_data_worker_usage_request_body import (
        OrganizationDataWorkerUsageRequestBody as OrganizationDataWorkerUsageRequestBody,
    )
    from .organization_id_request_body import OrganizationIdRequestBody as OrganizationIdRequestBody
    from .organization_info_read import OrganizationInfoRead as OrganizationInfoRead
    from .organization_info_read_billing import (
        OrganizationInfoReadBilling as OrganizationInfoReadBilling,
    )
    from .organization_info_read_billing_account_type import (
        OrganizationInfoReadBillingAccountType as OrganizationInfoReadBillingAccountType,
    )
    from .organization_info_read_billing_payment_status import (
        OrganizationInfoReadBillingPaymentStatus as OrganizationInfoReadBillingPaymentStatus,
    )
    from .organization_info_read_billing_subscription_status import (
        OrganizationInfoReadBillingSubscriptionStatus as OrganizationInfoReadBillingSubscriptionStatus,
    )
    from .organization_is_entitled_request_body import (
        OrganizationIsEntitledRequestBody as OrganizationIsEntitledRequestBody,
    )
    from .organization_is_entitled_response import (
        OrganizationIsEntitledResponse as OrganizationIsEntitledResponse,
    )
    from .organization_limits import OrganizationLimits as OrganizationLimits
    from .organization_o_auth_credentials_request import (
        OrganizationOAuthCredentialsRequest as OrganizationOAuthCredentialsRequest,
    )
    from .organization_payment_config_read import (
        OrganizationPaymentConfigRead as OrganizationPaymentConfigRead,
    )
    from .organization_payment_config_read_payment_status import (
        OrganizationPaymentConfigReadPaymentStatus as OrganizationPaymentConfigReadPaymentStatus,
    )
    from .organization_payment_config_read_subscription_status import (
        OrganizationPaymentConfigReadSubscriptionStatus as OrganizationPaymentConfigReadSubscriptionStatus,
    )
    from .organization_payment_config_read_usage_category_overwrite import (
        OrganizationPaymentConfigReadUsageCategoryOverwrite as OrganizationPaymentConfigReadUsageCategoryOverwrite,
    )
    from .organization_payment_config_update_request_body import (
        OrganizationPaymentConfigUpdateRequestBody as OrganizationPaymentConfigUpdateRequestBody,
    )
    from .organization_payment_config_update_request_body_payment_status import (
        OrganizationPaymentConfigUpdateRequestBodyPaymentStatus as OrganizationPaymentConfigUpdateRequestBodyPaymentStatus,
    )
    from .organization_payment_config_update_request_body_usage_category_overwrite import (
        OrganizationPaymentConfigUpdateRequestBodyUsageCategoryOverwrite as OrganizationPaymentConfigUpdateRequestBodyUsageCategoryOverwrite,
    )
    from .organization_read import OrganizationRead as OrganizationRead
    from .organization_read_list import OrganizationReadList as OrganizationReadList
    from .organization_response import OrganizationResponse as OrganizationResponse
    from .organization_subscription_info_read import (
        OrganizationSubscriptionInfoRead as OrganizationSubscriptionInfoRead,
    )
    from .organization_subscription_info_read_credits import (
        OrganizationSubscriptionInfoReadCredits as OrganizationSubscriptionInfoReadCredits,
    )
    from .organization_subscription_info_read_upcoming_invoice import (
        OrganizationSubscriptionInfoReadUpcomingInvoice as OrganizationSubscriptionInfoReadUpcomingInvoice,
    )
    from .organization_summary import OrganizationSummary as OrganizationSummary
    from .organization_trial_status_read import (
        OrganizationTrialStatusRead as OrganizationTrialStatusRead,
    )
    from .organization_trial_status_read_trial_status import (
        OrganizationTrialStatusReadTrialStatus as OrganizationTrialStatusReadTrialStatus,
    )
    from .organization_update_request_body import (
        OrganizationUpdateRequestBody as OrganizationUpdateRequestBody,
    )
    from .organization_usage_read import OrganizationUsageRead as OrganizationUsageRead
    from .organization_usage_request_body import (
        OrganizationUsageRequestBody as OrganizationUsageRequestBody,
    )
    from .organization_user_read import OrganizationUserRead as OrganizationUserRead
    from .organization_user_read_list import OrganizationUserReadList as OrganizationUserReadList
    from .organizations_response import OrganizationsResponse as OrganizationsResponse
    from .pagination import Pagination as Pagination
    from .partial_destination_update import PartialDestinationUpdate as PartialDestinationUpdate
    from .partial_source_update import PartialSourceUpdate as PartialSourceUpdate
    from .payment_information_read import PaymentInformationRead as PaymentInformationRead
    from .payment_information_read_customer import (
        PaymentInformationReadCustomer as PaymentInformationReadCustomer,
    )
    from .payment_method_read import PaymentMethodRead as PaymentMethodRead
    from .permission_check_read import PermissionCheckRead as PermissionCheckRead
    from .permission_check_read_status import PermissionCheckReadStatus as PermissionCheckReadStatus
    from .permission_check_request import PermissionCheckRequest as PermissionCheckRequest
    from .permission_create import PermissionCreate as PermissionCreate
    from .permission_create_request import PermissionCreateRequest as PermissionCreateRequest
    from .permission_delete_user_from_workspace_request_body import (
        PermissionDeleteUserFromWorkspaceRequestBody as PermissionDeleteUserFromWorkspaceRequestBody,
    )
    from .permission_id_request_body import PermissionIdRequestBody as PermissionIdRequestBody
    from .permission_read import PermissionRead as PermissionRead
    from .permission_read_list import PermissionReadList as PermissionReadList
    from .permission_response import PermissionResponse as PermissionResponse
    from .permission_response_read import PermissionResponseRead as PermissionResponseRead
    from .permission_scope import PermissionScope as PermissionScope
    from .permission_type import PermissionType as PermissionType
    from .permission_update import PermissionUpdate as PermissionUpdate
    from .permission_update_request import PermissionUpdateRequest as PermissionUpdateRequest
    from .permissions_check_multiple_workspaces_request import (
        PermissionsCheckMultipleWorkspacesRequest as PermissionsCheckMultipleWorkspacesRequest,
    )
    from .permissions_response import PermissionsResponse as PermissionsResponse
    from .persist_cancel_job_request_body import (
        PersistCancelJobRequestBody as PersistCancelJobRequestBody,
    )
    from .postprocess_discovered_catalog_request_body import (
        PostprocessDiscoveredCatalogRequestBody as PostprocessDiscoveredCatalogRequestBody,
    )
    from .postprocess_discovered_catalog_result import (
        PostprocessDiscoveredCatalogResult as PostprocessDiscoveredCatalogResult,
    )
    from .private_destination_definition_read import (
        PrivateDestinationDefinitionRead as PrivateDestinationDefinitionRead,
    )
    from .private_destination_definition_read_list import (
        PrivateDestinationDefinitionReadList as PrivateDestinationDefinitionReadList,
    )
    from .private_link_create_request_body import (
        PrivateLinkCreateRequestBody as PrivateLinkCreateRequestBody,
    )
    from .private_link_id_request_body import PrivateLinkIdRequestBody as PrivateLinkIdRequestBody
    from .private_link_internal_id_request_body import (
        PrivateLinkInternalIdRequestBody as PrivateLinkInternalIdRequestBody,
    )
    from .private_link_list_by_status_request_body import (
        PrivateLinkListByStatusRequestBody as PrivateLinkListByStatusRequestBody,
    )
    from .private_link_list_request_body import (
        PrivateLinkListRequestBody as PrivateLinkListRequestBody,
    )
    from .private_link_read import PrivateLinkRead as PrivateLinkRead
    from .private_link_read_list import PrivateLinkReadList as PrivateLinkReadList
    from .private_link_service_config import PrivateLinkServiceConfig as PrivateLinkServiceConfig
    from .private_link_service_type import PrivateLinkServiceType as PrivateLinkServiceType
    from .private_link_status import PrivateLinkStatus as PrivateLinkStatus
    from .private_link_update_request_body import (
        PrivateLinkUpdateRequestBody as PrivateLinkUpdateRequestBody,
    )
    from .private_source_definition_read import (
        PrivateSourceDefinitionRead as PrivateSourceDefinitionRead,
    )
    from .private_source_definition_read_list import (
        PrivateSourceDefinitionReadList as PrivateSourceDefinitionReadList,
    )
    from .public_access_token_response import PublicAccessTokenResponse as PublicAccessTokenResponse
    from .public_access_token_response_token_type import (
        PublicAccessTokenResponseTokenType as PublicAccessTokenResponseTokenType,
    )
    from .public_permission_type import PublicPermissionType as PublicPermissionType
    from .redirect_url_response import RedirectUrlResponse as RedirectUrlResponse
    from .refresh_mode import RefreshMode as RefreshMode
    from .region_create_request import RegionCreateRequest as RegionCreateRequest
    from .region_data_worker_usage import RegionDataWorkerUsage as RegionDataWorkerUsage
    from .region_patch_request import RegionPatchRequest as RegionPatchRequest
    from .region_response import RegionResponse as RegionResponse
    from .regions_response import RegionsResponse as RegionsResponse
    from .release_stage import ReleaseStage as ReleaseStage
    from .report_job_start_request import ReportJobStartRequest as ReportJobStartRequest
    from .reset_config import ResetConfig as ResetConfig
    from .resolve_actor_definition_version_request_body import (
        ResolveActorDefinitionVersionRequestBody as ResolveActorDefinitionVersionRequestBody,
    )
    from .resolve_actor_definition_version_response import (
        ResolveActorDefinitionVersionResponse as ResolveActorDefinitionVersionResponse,
    )
    from .resource_requirements import ResourceRequirements as ResourceRequirements
    from .retry_state_read import RetryStateRead as RetryStateRead
    from .revoke_source_oauth_tokens_request import (
        RevokeSourceOauthTokensRequest as RevokeSourceOauthTokensRequest,
    )
    from .row_filtering_mapper_configuration import (
        RowFilteringMapperConfiguration as RowFilteringMapperConfiguration,
    )
    from .row_filtering_operation import RowFilteringOperation as RowFilteringOperation
    from .row_filtering_operation import RowFilteringOperationNot as RowFilteringOperationNot
    from .row_filtering_operation_equal import (
        RowFilteringOperationEqual as RowFilteringOperationEqual,
    )
    from .row_filtering_operation_type import RowFilteringOperationType as RowFilteringOperationType
    from .run_check_command_request import RunCheckCommandRequest as RunCheckCommandRequest
    from .run_check_command_response200 import (
        RunCheckCommandResponse200 as RunCheckCommandResponse200,
    )
    from .run_discover_command_request import RunDiscoverCommandRequest as RunDiscoverCommandRequest
    from .run_discover_command_response200 import (
        RunDiscoverCommandResponse200 as RunDiscoverCommandResponse200,
    )
    from .run_replicate_command_request import (
        RunReplicateCommandRequest as RunReplicateCommandRequest,
    )
    from .run_replicate_command_response200 import (
        RunReplicateCommandResponse200 as RunReplicateCommandResponse200,
    )
    from .run_spec_command_request import RunSpecCommandRequest as RunSpecCommandRequest
    from .run_spec_command_response200 import RunSpecCommandResponse200 as RunSpecCommandResponse200
    from .save_attempt_sync_config_request_body import (
        SaveAttemptSyncConfigRequestBody as SaveAttemptSyncConfigRequestBody,
    )
    from .save_stats_request_body import SaveStatsRequestBody as SaveStatsRequestBody
    from .save_stream_attempt_metadata_request_body import (
        SaveStreamAttemptMetadataRequestBody as SaveStreamAttemptMetadataRequestBody,
    )
    from .schedule_type_enum import ScheduleTypeEnum as ScheduleTypeEnum
    from .schedule_type_with_basic_enum import (
        ScheduleTypeWithBasicEnum as ScheduleTypeWithBasicEnum,
    )
    from .schema_change import SchemaChange as SchemaChange
    from .schema_change_backfill_preference import (
        SchemaChangeBackfillPreference as SchemaChangeBackfillPreference,
    )
    from .scim_config_response import ScimConfigResponse as ScimConfigResponse
    from .scim_config_status import ScimConfigStatus as ScimConfigStatus
    from .scim_idp_provider import ScimIdpProvider as ScimIdpProvider
    from .scope_type import ScopeType as ScopeType
    from .scoped_configuration_context_request_body import (
        ScopedConfigurationContextRequestBody as ScopedConfigurationContextRequestBody,
    )
    from .scoped_configuration_context_response import (
        ScopedConfigurationContextResponse as ScopedConfigurationContextResponse,
    )
    from .scoped_configuration_create_request_body import (
        ScopedConfigurationCreateRequestBody as ScopedConfigurationCreateRequestBody,
    )
    from .scoped_configuration_create_response import (
        ScopedConfigurationCreateResponse as ScopedConfigurationCreateResponse,
    )
    from .scoped_configuration_delete_request_body import (
        ScopedConfigurationDeleteRequestBody as ScopedConfigurationDeleteRequestBody,
    )
    from .scoped_configuration_delete_response import (
        ScopedConfigurationDeleteResponse as ScopedConfigurationDeleteResponse,
    )
    from .scoped_configuration_list_request_body import (
        ScopedConfigurationListRequestBody as ScopedConfigurationListRequestBody,
    )
    from .scoped_configuration_list_response import (
        ScopedConfigurationListResponse as ScopedConfigurationListResponse,
    )
    from .scoped_configuration_read import ScopedConfigurationRead as ScopedConfigurationRead
    from .scoped_configuration_read_request_body import (
        ScopedConfigurationReadRequestBody as ScopedConfigurationReadRequestBody,
    )
    from .scoped_configuration_read_response import (
        ScopedConfigurationReadResponse as ScopedConfigurationReadResponse,
    )
    from .scoped_configuration_update_request_body import (
        ScopedConfigurationUpdateRequestBody as ScopedConfigurationUpdateRequestBody,
    )
    from .scoped_configuration_update_response import (
        ScopedConfigurationUpdateResponse as ScopedConfigurationUpdateResponse,
    )
    from .scoped_resource_requirements import (
        ScopedResourceRequirements as ScopedResourceRequirements,
    )
    from .secret_persistence_config import SecretPersistenceConfig as SecretPersistenceConfig
    from .secret_persistence_config_get_request_body import (
        SecretPersistenceConfigGetRequestBody as SecretPersistenceConfigGetRequestBody,
    )
    from .secret_persistence_type import SecretPersistenceType as SecretPersistenceType
    from .secret_storage_create_request_body import (
        SecretStorageCreateRequestBody as SecretStorageCreateRequestBody,
    )
    from .secret_storage_id_request_body import (
        SecretStorageIdRequestBody as SecretStorageIdRequestBody,
    )
    from .secret_storage_list_request_body import (
        SecretStorageListRequestBody as SecretStorageListRequestBody,
    )
    from .secret_storage_read import SecretStorageRead as SecretStorageRead
    from .secret_storage_read_list import SecretStorageReadList as SecretStorageReadList
    from .secret_storage_type import SecretStorageType as SecretStorageType
    from .selected_field_info import SelectedFieldInfo as SelectedFieldInfo
    from .service_account_token_request_body import (
        ServiceAccountTokenRequestBody as ServiceAccountTokenRequestBody,
    )
    from .set_instancewide_destination_oauth_params_request_body import (
        SetInstancewideDestinationOauthParamsRequestBody as SetInstancewideDestinationOauthParamsRequestBody,
    )
    from .set_instancewide_source_oauth_params_request_body import (
        SetInstancewideSourceOauthParamsRequestBody as SetInstancewideSourceOauthParamsRequestBody,
    )
    from .set_job_queued_request import SetJobQueuedRequest as SetJobQueuedRequest
    from .signal_input import SignalInput as SignalInput
    from .slack_notification_configuration import (
        SlackNotificationConfiguration as SlackNotificationConfiguration,
    )
    from .slug_request_body import SlugRequestBody as SlugRequestBody
    from .source_auto_propagate_change import SourceAutoPropagateChange as SourceAutoPropagateChange
    from .source_clone_configuration import SourceCloneConfiguration as SourceCloneConfiguration
    from .source_clone_request_body import SourceCloneRequestBody as SourceCloneRequestBody
    from .source_core_config import SourceCoreConfig as SourceCoreConfig
    from .source_create import SourceCreate as SourceCreate
    from .source_create_request import SourceCreateRequest as SourceCreateRequest
    from .source_definition_create import SourceDefinitionCreate as SourceDefinitionCreate
    from .source_definition_id_body import SourceDefinitionIdBody as SourceDefinitionIdBody
    from .source_definition_id_request_body import (
        SourceDefinitionIdRequestBody as SourceDefinitionIdRequestBody,
    )
    from .source_definition_id_with_workspace_id import (
        SourceDefinitionIdWithWorkspaceId as SourceDefinitionIdWithWorkspaceId,
    )
    from .source_definition_read import SourceDefinitionRead as SourceDefinitionRead
    from .source_definition_read_list import SourceDefinitionReadList as SourceDefinitionReadList
    from .source_definition_read_source_type import (
        SourceDefinitionReadSourceType as SourceDefinitionReadSourceType,
    )
    from .source_definition_specification_read import (
        SourceDefinitionSpecificationRead as SourceDefinitionSpecificationRead,
    )
    from .source_definition_update import SourceDefinitionUpdate as SourceDefinitionUpdate
    from .source_discover_schema_read import SourceDiscoverSchemaRead as SourceDiscoverSchemaRead
    from .source_discover_schema_request_body import (
        SourceDiscoverSchemaRequestBody as SourceDiscoverSchemaRequestBody,
    )
    from .source_discover_schema_write_request_body import (
        SourceDiscoverSchemaWriteRequestBody as SourceDiscoverSchemaWriteRequestBody,
    )
    from .source_id_request_body import SourceIdRequestBody as SourceIdRequestBody
    from .source_id_with_secret_coordinates_request_body import (
        SourceIdWithSecretCoordinatesRequestBody as SourceIdWithSecretCoordinatesRequestBody,
    )
    from .source_metadata import SourceMetadata as SourceMetadata
    from .source_o_auth_scopes_read import SourceOAuthScopesRead as SourceOAuthScopesRead
    from .source_o_auth_scopes_read_scope_join_strategy import (
        SourceOAuthScopesReadScopeJoinStrategy as SourceOAuthScopesReadScopeJoinStrategy,
    )
    from .source_o_auth_scopes_request import SourceOAuthScopesRequest as SourceOAuthScopesRequest
    from .source_oauth_consent_request import SourceOauthConsentRequest as SourceOauthConsentRequest
    from .source_patch_request import SourcePatchRequest as SourcePatchRequest
    from .source_put_request import SourcePutRequest as SourcePutRequest
    from .source_read import SourceRead as SourceRead
    from .source_read_list import SourceReadList as SourceReadList
    from .source_read_with_metadata import SourceReadWithMetadata as SourceReadWithMetadata
    from .source_response import SourceResponse as SourceResponse
    from .source_search import SourceSearch as SourceSearch
    from .source_snippet_read import SourceSnippetRead as SourceSnippetRead
    from .source_update import SourceUpdate as SourceUpdate
    from .sources_response import SourcesResponse as SourcesResponse
    from .sso_config_default_role import SsoConfigDefaultRole as SsoConfigDefaultRole
    from .sso_config_read import SsoConfigRead as SsoConfigRead
    from .sso_config_status import SsoConfigStatus as SsoConfigStatus
    from .storage_private_link_service_config import (
        StoragePrivateLinkServiceConfig as StoragePrivateLinkServiceConfig,
    )
    from .storage_private_link_service_config_type import (
        StoragePrivateLinkServiceConfigType as StoragePrivateLinkServiceConfigType,
    )
    from .stream_attempt_metadata import StreamAttemptMetadata as StreamAttemptMetadata
    from .stream_attribute_primary_key_update import (
        StreamAttributePrimaryKeyUpdate as StreamAttributePrimaryKeyUpdate,
    )
    from .stream_attribute_transform import StreamAttributeTransform as StreamAttributeTransform
    from .stream_attribute_transform_transform_type import (
        StreamAttributeTransformTransformType as StreamAttributeTransformTransformType,
    )
    from .stream_configuration import StreamConfiguration as StreamConfiguration
    from .stream_configurations import StreamConfigurations as StreamConfigurations
    from .stream_cursor_field_diff import StreamCursorFieldDiff as StreamCursorFieldDiff
    from .stream_descriptor import StreamDescriptor as StreamDescriptor
    from .stream_field_status_changed import StreamFieldStatusChanged as StreamFieldStatusChanged
    from .stream_field_status_changed_status import (
        StreamFieldStatusChangedStatus as StreamFieldStatusChangedStatus,
    )
    from .stream_mapper_type import StreamMapperType as StreamMapperType
    from .stream_primary_key_diff import StreamPrimaryKeyDiff as StreamPrimaryKeyDiff
    from .stream_properties import StreamProperties as StreamProperties
    from .stream_state import StreamState as StreamState
    from .stream_stats import StreamStats as StreamStats
    from .stream_status_create_request_body import (
        StreamStatusCreateRequestBody as StreamStatusCreateRequestBody,
    )
    from .stream_status_incomplete_run_cause import (
        StreamStatusIncompleteRunCause as StreamStatusIncompleteRunCause,
    )
    from .stream_status_job_type import StreamStatusJobType as StreamStatusJobType
    from .stream_status_list_request_body import (
        StreamStatusListRequestBody as StreamStatusListRequestBody,
    )
    from .stream_status_rate_limited_metadata import (
        StreamStatusRateLimitedMetadata as StreamStatusRateLimitedMetadata,
    )
    from .stream_status_read import StreamStatusRead as StreamStatusRead
    from .stream_status_read_list import StreamStatusReadList as StreamStatusReadList
    from .stream_status_run_state import StreamStatusRunState as StreamStatusRunState
    from .stream_status_update_request_body import (
        StreamStatusUpdateRequestBody as StreamStatusUpdateRequestBody,
    )
    from .stream_sync_mode_diff import StreamSyncModeDiff as StreamSyncModeDiff
    from .stream_sync_progress_read_item import (
        StreamSyncProgressReadItem as StreamSyncProgressReadItem,
    )
    from .stream_transform import StreamTransform as StreamTransform
    from .stream_transform_transform_type import (
        StreamTransformTransformType as StreamTransformTransformType,
    )
    from .stream_transform_update_stream import (
        StreamTransformUpdateStream as StreamTransformUpdateStream,
    )
    from .support_level import SupportLevel as SupportLevel
    from .support_state import SupportState as SupportState
    from .sync_input import SyncInput as SyncInput
    from .sync_mode import SyncMode as SyncMode
    from .synchronous_job_read import SynchronousJobRead as SynchronousJobRead
    from .tag import Tag as Tag
    from .tag_create_request import TagCreateRequest as TagCreateRequest
    from .tag_create_request_body import TagCreateRequestBody as TagCreateRequestBody
    from .tag_delete_request_body import TagDeleteRequestBody as TagDeleteRequestBody
    from .tag_list_request_body import TagListRequestBody as TagListRequestBody
    from .tag_patch_request import TagPatchRequest as TagPatchRequest
    from .tag_response import TagResponse as TagResponse
    from .tag_update_request_body import TagUpdateRequestBody as TagUpdateRequestBody
    from .tags_response import TagsResponse as TagsResponse
    from .time_window_request_body import TimeWindowRequestBody as TimeWindowRequestBody
    from .timeframe_usage import TimeframeUsage as TimeframeUsage
    from .update_active_manifest_request_body import (
        UpdateActiveManifestRequestBody as UpdateActiveManifestRequestBody,
    )
    from .update_actor_definition_request import (
        UpdateActorDefinitionRequest as UpdateActorDefinitionRequest,
    )
    from .update_actor_definition_response200 import (
        UpdateActorDefinitionResponse200 as UpdateActorDefinitionResponse200,
    )
    from .update_declarative_source_definition_request import (
        UpdateDeclarativeSourceDefinitionRequest as UpdateDeclarativeSourceDefinitionRequest,
    )
    from .update_definition_request import UpdateDefinitionRequest as UpdateDefinitionRequest
    from .update_organization_entitlement_plan_request_body import (
        UpdateOrganizationEntitlementPlanRequestBody as UpdateOrganizationEntitlementPlanRequestBody,
    )
    from .update_organization_entitlement_plan_request_body_plan_name import (
        UpdateOrganizationEntitlementPlanRequestBodyPlanName as UpdateOrganizationEntitlementPlanRequestBodyPlanName,
    )
    from .update_organization_entitlement_plan_response import (
        UpdateOrganizationEntitlementPlanResponse as UpdateOrganizationEntitlementPlanResponse,
    )
    from .update_sso_credentials_request_body import (
        UpdateSsoCredentialsRequestBody as UpdateSsoCredentialsRequestBody,
    )
    from .upload_read import UploadRead as UploadRead
    from .upload_read_status import UploadReadStatus as UploadReadStatus
    from .usage_bucket import UsageBucket as UsageBucket
    from .user_auth_id_request_body import UserAuthIdRequestBody as UserAuthIdRequestBody
    from .user_email_request_body import UserEmailRequestBody as UserEmailRequestBody
    from .user_get_or_create_by_auth_id_response import (
        UserGetOrCreateByAuthIdResponse as UserGetOrCreateByAuthIdResponse,
    )
    from .user_id_request_body import UserIdRequestBody as UserIdRequestBody
    from .user_invitation_admin_read import UserInvitationAdminRead as UserInvitationAdminRead
    from .user_invitation_cancel_request_body import (
        UserInvitationCancelRequestBody as UserInvitationCancelRequestBody,
    )
    from .user_invitation_create_request_body import (
        UserInvitationCreateRequestBody as UserInvitationCreateRequestBody,
    )
    from .user_invitation_create_response import (
        UserInvitationCreateResponse as UserInvitationCreateResponse,
    )
    from .user_invitation_list_request_body import (
        UserInvitationListRequestBody as UserInvitationListRequestBody,
    )
    from .user_invitation_read import UserInvitationRead as UserInvitationRead
    from .user_invitation_status import UserInvitationStatus as UserInvitationStatus
    from .user_read import UserRead as UserRead
    from .user_read_in_connection_event import (
        UserReadInConnectionEvent as UserReadInConnectionEvent,
    )
    from .user_response import UserResponse as UserResponse
    from .user_status import UserStatus as UserStatus
    from .user_update import UserUpdate as UserUpdate
    from .user_with_permission_info_read import (
        UserWithPermissionInfoRead as UserWithPermissionInfoRead,
    )
    from .user_with_permission_info_read_list import (
        UserWithPermissionInfoReadList as UserWithPermissionInfoReadList,
    )
    from .users_response import UsersResponse as UsersResponse
    from .validate_sso_token_request_body import (
        ValidateSsoTokenRequestBody as ValidateSsoTokenRequestBody,
    )
    from .web_backend_check_updates_read import (
        WebBackendCheckUpdatesRead as WebBackendCheckUpdatesRead,
    )
    from .web_backend_connection_create import (
        WebBackendConnectionCreate as WebBackendConnectionCreate,
    )
    from .web_backend_connection_list_filters import (
        WebBackendConnectionListFilters as WebBackendConnectionListFilters,
    )
    from .web_backend_connection_list_filters_statuses_item import (
        WebBackendConnectionListFiltersStatusesItem as WebBackendConnectionListFiltersStatusesItem,
    )
    from .web_backend_connection_list_item import (
        WebBackendConnectionListItem as WebBackendConnectionListItem,
    )
    from .web_backend_connection_list_request_body import (
        WebBackendConnectionListRequestBody as WebBackendConnectionListRequestBody,
    )
    from .web_backend_connection_list_sort_key import (
        WebBackendConnectionListSortKey as WebBackendConnectionListSortKey,
    )
    from .web_backend_connection_read import WebBackendConnectionRead as WebBackendConnectionRead
    from .web_backend_connection_read_list import (
        WebBackendConnectionReadList as WebBackendConnectionReadList,
    )
    from .web_backend_connection_request_body import (
        WebBackendConnectionRequestBody as WebBackendConnectionRequestBody,
    )
    from .web_backend_connection_status_counts import (
        WebBackendConnectionStatusCounts as WebBackendConnectionStatusCounts,
    )
    from .web_backend_connection_update import (
        WebBackendConnectionUpdate as WebBackendConnectionUpdate,
    )
    from .web_backend_cron_expression_description import (
        WebBackendCronExpressionDescription as WebBackendCronExpressionDescription,
    )
    from .web_backend_describe_cron_expression_request_body import (
        WebBackendDescribeCronExpressionRequestBody as WebBackendDescribeCronExpressionRequestBody,
    )
    from .web_backend_operation_create_or_update import (
        WebBackendOperationCreateOrUpdate as WebBackendOperationCreateOrUpdate,
    )
    from .web_backend_validate_mappers_request_body import (
        WebBackendValidateMappersRequestBody as WebBackendValidateMappersRequestBody,
    )
    from .web_backend_validate_mappers_response import (
        WebBackendValidateMappersResponse as WebBackendValidateMappersResponse,
    )
    from .web_backend_workspace_state import WebBackendWorkspaceState as WebBackendWorkspaceState
    from .web_backend_workspace_state_result import (
        WebBackendWorkspaceStateResult as WebBackendWorkspaceStateResult,
    )
    from .webapp_config_response import WebappConfigResponse as WebappConfigResponse
    from .webhook_config_read import WebhookConfigRead as WebhookConfigRead
    from .webhook_config_write import WebhookConfigWrite as WebhookConfigWrite
    from .webhook_notification_config import WebhookNotificationConfig as WebhookNotificationConfig
    from .workflow_state_read import WorkflowStateRead as WorkflowStateRead
    from .workload_priority import WorkloadPriority as WorkloadPriority
    from .workspace_create import WorkspaceCreate as WorkspaceCreate
    from .workspace_create_request import WorkspaceCreateRequest as WorkspaceCreateRequest
    from .workspace_create_with_id import WorkspaceCreateWithId as WorkspaceCreateWithId
    from .workspace_data_worker_availability_read import (
        WorkspaceDataWorkerAvailabilityRead as WorkspaceDataWorkerAvailabilityRead,
    )
    from .workspace_data_worker_availability_request_body import (
        WorkspaceDataWorkerAvailabilityRequestBody as WorkspaceDataWorkerAvailabilityRequestBody,
    )
    from .workspace_data_worker_usage import WorkspaceDataWorkerUsage as WorkspaceDataWorkerUsage
    from .workspace_get_dbt_jobs_request import (
        WorkspaceGetDbtJobsRequest as WorkspaceGetDbtJobsRequest,
    )
    from .workspace_get_dbt_jobs_response import (
        WorkspaceGetDbtJobsResponse as WorkspaceGetDbtJobsResponse,
    )
    from .workspace_give_feedback import WorkspaceGiveFeedback as WorkspaceGiveFeedback
    from .workspace_id_actor_definition_request_body import (
        WorkspaceIdActorDefinitionRequestBody as WorkspaceIdActorDefinitionRequestBody,
    )
    from .workspace_id_list import WorkspaceIdList as WorkspaceIdList
    from .workspace_id_request_body import WorkspaceIdRequestBody as WorkspaceIdRequestBody
    from .workspace_limits import WorkspaceLimits as WorkspaceLimits
    from .workspace_o_auth_credentials_request import (
        WorkspaceOAuthCredentialsRequest as WorkspaceOAuthCredentialsRequest,
    )
    from .workspace_override_oauth_params_request_body import (
        WorkspaceOverrideOauthParamsRequestBody as WorkspaceOverrideOauthParamsRequestBody,
    )
    from .workspace_read import WorkspaceRead as WorkspaceRead
    from .workspace_read_list import WorkspaceReadList as WorkspaceReadList
    from .workspace_response import WorkspaceResponse as WorkspaceResponse
    from .workspace_update import WorkspaceUpdate as WorkspaceUpdate
    from .workspace_update_name import WorkspaceUpdateName as WorkspaceUpdateName
    from .workspace_update_organization import (
        WorkspaceUpdateOrganization as WorkspaceUpdateOrganization,
    )
    from .workspace_update_request import WorkspaceUpdateRequest as WorkspaceUpdateRequest
    from .workspace_usage_read import WorkspaceUsageRead as WorkspaceUsageRead
    from .workspace_usage_request_body import WorkspaceUsageRequestBody as WorkspaceUsageRequestBody
    from .workspace_user_access_info_read import (
        WorkspaceUserAccessInfoRead as WorkspaceUserAccessInfoRead,
    )
    from .workspace_user_access_info_read_list import (
        WorkspaceUserAccessInfoReadList as WorkspaceUserAccessInfoReadList,
    )
    from .workspace_user_read import WorkspaceUserRead as WorkspaceUserRead
    from .workspace_user_read_list import WorkspaceUserReadList as WorkspaceUserReadList
    from .workspaces_response import WorkspacesResponse as WorkspacesResponse
    from .write_workload_output_request import (
        WriteWorkloadOutputRequest as WriteWorkloadOutputRequest,
    )

_EXPORTS: dict[str, str] = {
    "AccessToken": ".access_token",
    "ActivateSsoConfigRequestBody": ".activate_sso_config_request_body",
    "ActorCatalogWithUpdatedAt": ".actor_catalog_with_updated_at",
    "ActorDefinitionBreakingChange": ".actor_definition_breaking_change",
    "ActorDefinitionFinishRequest": ".actor_definition_finish_request",
    "ActorDefinitionIdWithScope": ".actor_definition_id_with_scope",
    "ActorDefinitionMetadata": ".actor_definition_metadata",
    "ActorDefinitionRequestBody": ".actor_definition_request_body",
    "ActorDefinitionSpec": ".actor_definition_spec",
    "ActorDefinitionVersionBreakingChanges": ".actor_definition_version_breaking_changes",
    "ActorDefinitionVersionRead": ".actor_definition_version_read",
    "ActorListCursorPaginatedRequestBody": ".actor_list_cursor_paginated_request_body",
    "ActorListFilters": ".actor_list_filters",
    "ActorListSortKey": ".actor_list_sort_key",
    "ActorStatus": ".actor_status",
    "ActorType": ".actor_type",
    "ActorTypeEnum": ".actor_type_enum",
    "ActorUpdateRequest": ".actor_update_request",
    "AddressRead": ".address_read",
    "AdvancedAuth": ".advanced_auth",
    "AdvancedAuthAuthFlowType": ".advanced_auth_auth_flow_type",
    "AirbyteApiConnectionSchedule": ".airbyte_api_connection_schedule",
    "AirbyteCatalog": ".airbyte_catalog",
    "AirbyteCatalogDiff": ".airbyte_catalog_diff",
    "AirbyteStream": ".airbyte_stream",
    "AirbyteStreamAndConfiguration": ".airbyte_stream_and_configuration",
    "AirbyteStreamConfiguration": ".airbyte_stream_configuration",
    "ApplicationCreate": ".application_create",
    "ApplicationIdRequestBody": ".application_id_request_body",
    "ApplicationRead": ".application_read",
    "ApplicationReadList": ".application_read_list",
    "ApplicationTokenRequest": ".application_token_request",
    "ApplicationTokenRequestWithGrant": ".application_token_request_with_grant",
    "ApplicationTokenRequestWithGrantGrantType": ".application_token_request_with_grant_grant_type",
    "AttemptFailureSummary": ".attempt_failure_summary",
    "AttemptInfoRead": ".attempt_info_read",
    "AttemptRead": ".attempt_read",
    "AttemptStats": ".attempt_stats",
    "AttemptStatus": ".attempt_status",
    "AttemptStreamStats": ".attempt_stream_stats",
    "AttemptSyncConfig": ".attempt_sync_config",
    "AuditLogActor": ".audit_log_actor",
    "AuditLogListRequestBody": ".audit_log_list_request_body",
    "AuditLogRead": ".audit_log_read",
    "AuditLogReadList": ".audit_log_read_list",
    "AuthConfiguration": ".auth_configuration",
    "AuthConfigurationMode": ".auth_configuration_mode",
    "AuthProvider": ".auth_provider",
    "BaseActorDefinitionVersionInfo": ".base_actor_definition_version_info",
    "BillingBackfillUsageRequest": ".billing_backfill_usage_request",
    "BooleanRead": ".boolean_read",
    "BuilderProjectForDefinitionRequestBody": ".builder_project_for_definition_request_body",
    "BuilderProjectForDefinitionResponse": ".builder_project_for_definition_response",
    "BuilderProjectOauthConsentRequest": ".builder_project_oauth_consent_request",
    "CancelCommandRequest": ".cancel_command_request",
    "CancelCommandResponse200": ".cancel_command_response200",
    "CancelQueuedJobRequest": ".cancel_queued_job_request",
    "CancelSubscriptionRead": ".cancel_subscription_read",
    "CatalogConfigDiff": ".catalog_config_diff",
    "CatalogDiff": ".catalog_diff",
    "CheckConnectionRead": ".check_connection_read",
    "CheckConnectionReadStatus": ".check_connection_read_status",
    "CheckContributionRead": ".check_contribution_read",
    "CheckContributionRequestBody": ".check_contribution_request_body",
    "CheckDataWorkerCapacityRead": ".check_data_worker_capacity_read",
    "CheckDataWorkerCapacityRequest": ".check_data_worker_capacity_request",
    "CheckOperationRead": ".check_operation_read",
    "CheckOperationReadStatus": ".check_operation_read_status",
    "CompleteConnectorBuilderProjectOauthRequest": ".complete_connector_builder_project_oauth_request",
    "CompleteDestinationOAuthRequest": ".complete_destination_o_auth_request",
    "CompleteOAuthResponse": ".complete_o_auth_response",
    "CompleteSourceOauthRequest": ".complete_source_oauth_request",
    "ConfiguredStreamMapper": ".configured_stream_mapper",
    "ConnectionAndJobIdRequestBody": ".connection_and_job_id_request_body",
    "ConnectionAutoPropagateResult": ".connection_auto_propagate_result",
    "ConnectionAutoPropagateSchemaChange": ".connection_auto_propagate_schema_change",
    "ConnectionContextRead": ".connection_context_read",
    "ConnectionCreate": ".connection_create",
    "ConnectionCreateRequest": ".connection_create_request",
    "ConnectionDataHistoryReadItem": ".connection_data_history_read_item",
    "ConnectionDataHistoryRequestBody": ".connection_data_history_request_body",
    "ConnectionEvent": ".connection_event",
    "ConnectionEventIdRequestBody": ".connection_event_id_request_body",
    "ConnectionEventList": ".connection_event_list",
    "ConnectionEventListMinimal": ".connection_event_list_minimal",
    "ConnectionEventMinimal": ".connection_event_minimal",
    "ConnectionEventType": ".connection_event_type",
    "ConnectionEventWithDetails": ".connection_event_with_details",
    "ConnectionEventsBackfillRequestBody": ".connection_events_backfill_request_body",
    "ConnectionEventsListMinimalRequestBody": ".connection_events_list_minimal_request_body",
    "ConnectionEventsRequestBody": ".connection_events_request_body",
    "ConnectionIdRequestBody": ".connection_id_request_body",
    "ConnectionJobRequestBody": ".connection_job_request_body",
    "ConnectionLastJobPerStreamReadItem": ".connection_last_job_per_stream_read_item",
    "ConnectionLastJobPerStreamRequestBody": ".connection_last_job_per_stream_request_body",
    "ConnectionPatchRequest": ".connection_patch_request",
    "ConnectionRead": ".connection_read",
    "ConnectionReadList": ".connection_read_list",
    "ConnectionResponse": ".connection_response",
    "ConnectionSchedule": ".connection_schedule",
    "ConnectionScheduleData": ".connection_schedule_data",
    "ConnectionScheduleDataBasicSchedule": ".connection_schedule_data_basic_schedule",
    "ConnectionScheduleDataBasicScheduleTimeUnit": ".connection_schedule_data_basic_schedule_time_unit",
    "ConnectionScheduleDataCron": ".connection_schedule_data_cron",
    "ConnectionScheduleResponse": ".connection_schedule_response",
    "ConnectionScheduleTimeUnit": ".connection_schedule_time_unit",
    "ConnectionScheduleType": ".connection_schedule_type",
    "ConnectionSearch": ".connection_search",
    "ConnectionState": ".connection_state",
    "ConnectionStateCreateOrUpdate": ".connection_state_create_or_update",
    "ConnectionStateType": ".connection_state_type",
    "ConnectionStatus": ".connection_status",
    "ConnectionStatusEnum": ".connection_status_enum",
    "ConnectionStatusRead": ".connection_status_read",
    "ConnectionStatusesRequestBody": ".connection_statuses_request_body",
    "ConnectionStream": ".connection_stream",
    "ConnectionStreamHistoryReadItem": ".connection_stream_history_read_item",
    "ConnectionStreamHistoryRequestBody": ".connection_stream_history_request_body",
    "ConnectionStreamRefreshRequestBody": ".connection_stream_refresh_request_body",
    "ConnectionStreamRequestBody": ".connection_stream_request_body",
    "ConnectionSyncModeEnum": ".connection_sync_mode_enum",
    "ConnectionSyncProgressRead": ".connection_sync_progress_read",
    "ConnectionSyncResultRead": ".connection_sync_result_read",
    "ConnectionSyncStatus": ".connection_sync_status",
    "ConnectionUpdate": ".connection_update",
    "ConnectionUpdateWithReason": ".connection_update_with_reason",
    "ConnectionUptimeHistoryRequestBody": ".connection_uptime_history_request_body",
    "ConnectionUsageRead": ".connection_usage_read",
    "ConnectionsResponse": ".connections_response",
    "ConnectorBuilderAuxiliaryRequest": ".connector_builder_auxiliary_request",
    "ConnectorBuilderAuxiliaryRequestType": ".connector_builder_auxiliary_request_type",
    "ConnectorBuilderCapabilities": ".connector_builder_capabilities",
    "ConnectorBuilderHttpRequest": ".connector_builder_http_request",
    "ConnectorBuilderHttpRequestHttpMethod": ".connector_builder_http_request_http_method",
    "ConnectorBuilderHttpResponse": ".connector_builder_http_response",
    "ConnectorBuilderProjectDetails": ".connector_builder_project_details",
    "ConnectorBuilderProjectDetailsRead": ".connector_builder_project_details_read",
    "ConnectorBuilderProjectForkRequestBody": ".connector_builder_project_fork_request_body",
    "ConnectorBuilderProjectFullResolveRequestBody": ".connector_builder_project_full_resolve_request_body",
    "ConnectorBuilderProjectIdWithWorkspaceId": ".connector_builder_project_id_with_workspace_id",
    "ConnectorBuilderProjectRead": ".connector_builder_project_read",
    "ConnectorBuilderProjectReadList": ".connector_builder_project_read_list",
    "ConnectorBuilderProjectResolveRequestBody": ".connector_builder_project_resolve_request_body",
    "ConnectorBuilderProjectStreamRead": ".connector_builder_project_stream_read",
    "ConnectorBuilderProjectStreamReadLogsItem": ".connector_builder_project_stream_read_logs_item",
    "ConnectorBuilderProjectStreamReadLogsItemLevel": ".connector_builder_project_stream_read_logs_item_level",
    "ConnectorBuilderProjectStreamReadRequestBody": ".connector_builder_project_stream_read_request_body",
    "ConnectorBuilderProjectStreamReadSlicesItem": ".connector_builder_project_stream_read_slices_item",
    "ConnectorBuilderProjectStreamReadSlicesItemPagesItem": ".connector_builder_project_stream_read_slices_item_pages_item",
    "ConnectorBuilderProjectTestingValuesUpdate": ".connector_builder_project_testing_values_update",
    "ConnectorBuilderProjectWithWorkspaceId": ".connector_builder_project_with_workspace_id",
    "ConnectorBuilderPublishRequestBody": ".connector_builder_publish_request_body",
    "ConnectorBuilderResolvedManifest": ".connector_builder_resolved_manifest",
    "ConnectorDefinitionResponse": ".connector_definition_response",
    "ConnectorDefinitionsResponse": ".connector_definitions_response",
    "ConnectorDocumentationRead": ".connector_documentation_read",
    "ConnectorDocumentationRequestBody": ".connector_documentation_request_body",
    "ConnectorRolloutActorSelectionInfo": ".connector_rollout_actor_selection_info",
    "ConnectorRolloutActorSyncInfo": ".connector_rollout_actor_sync_info",
    "ConnectorRolloutActorSyncInfoResponse": ".connector_rollout_actor_sync_info_response",
    "ConnectorRolloutActorSyncInfoResponseData": ".connector_rollout_actor_sync_info_response_data",
    "ConnectorRolloutFilters": ".connector_rollout_filters",
    "ConnectorRolloutFinalizeRequestBody": ".connector_rollout_finalize_request_body",
    "ConnectorRolloutFinalizeResponse": ".connector_rollout_finalize_response",
    "ConnectorRolloutGetActorSyncInfoRequestBody": ".connector_rollout_get_actor_sync_info_request_body",
    "ConnectorRolloutJobBypassFilter": ".connector_rollout_job_bypass_filter",
    "ConnectorRolloutListByActorDefinitionIdRequestBody": ".connector_rollout_list_by_actor_definition_id_request_body",
    "ConnectorRolloutListRequestBody": ".connector_rollout_list_request_body",
    "ConnectorRolloutListResponse": ".connector_rollout_list_response",
    "ConnectorRolloutManualFinalizeRequestBody": ".connector_rollout_manual_finalize_request_body",
    "ConnectorRolloutManualFinalizeResponse": ".connector_rollout_manual_finalize_response",
    "ConnectorRolloutManualRolloutRequestBody": ".connector_rollout_manual_rollout_request_body",
    "ConnectorRolloutManualRolloutResponse": ".connector_rollout_manual_rollout_response",
    "ConnectorRolloutManualStartRequestBody": ".connector_rollout_manual_start_request_body",
    "ConnectorRolloutRead": ".connector_rollout_read",
    "ConnectorRolloutReadRequestBody": ".connector_rollout_read_request_body",
    "ConnectorRolloutReadResponse": ".connector_rollout_read_response",
    "ConnectorRolloutRequestBody": ".connector_rollout_request_body",
    "ConnectorRolloutResponse": ".connector_rollout_response",
    "ConnectorRolloutStartRequestBody": ".connector_rollout_start_request_body",
    "ConnectorRolloutStartResponse": ".connector_rollout_start_response",
    "ConnectorRolloutState": ".connector_rollout_state",
    "ConnectorRolloutStateTerminal": ".connector_rollout_state_terminal",
    "ConnectorRolloutStrategy": ".connector_rollout_strategy",
    "ConnectorRolloutTierFilter": ".connector_rollout_tier_filter",
    "ConnectorRolloutUpdateStateRequestBody": ".connector_rollout_update_state_request_body",
    "ConnectorType": ".connector_type",
    "ConsumptionTimeWindow": ".consumption_time_window",
    "ContributionInfo": ".contribution_info",
    "CreateActorDefinitionRequest": ".create_actor_definition_request",
    "CreateActorDefinitionResponse200": ".create_actor_definition_response200",
    "CreateDeclarativeSourceDefinitionRequest": ".create_declarative_source_definition_request",
    "CreateDefinitionRequest": ".create_definition_request",
    "CreateNewAttemptNumberRequest": ".create_new_attempt_number_request",
    "CreateNewAttemptNumberResponse200": ".create_new_attempt_number_response200",
    "CreateOrUpdateSecretsPersistenceConfigRequestBody": ".create_or_update_secrets_persistence_config_request_body",
    "CreateSsoConfigRequestBody": ".create_sso_config_request_body",
    "CreditBlockRead": ".credit_block_read",
    "CustomDestinationDefinitionCreate": ".custom_destination_definition_create",
    "CustomSourceDefinitionCreate": ".custom_source_definition_create",
    "CustomerPortalRead": ".customer_portal_read",
    "CustomerPortalRequestBody": ".customer_portal_request_body",
    "CustomerPortalRequestBodyFlow": ".customer_portal_request_body_flow",
    "CustomerPortalRequestBodyPlan": ".customer_portal_request_body_plan",
    "CustomerTier": ".customer_tier",
    "DataType": ".data_type",
    "DataWorkerUsage": ".data_worker_usage",
    "DataplaneCreateRequest": ".dataplane_create_request",
    "DataplaneCreateRequestBody": ".dataplane_create_request_body",
    "DataplaneCreateResponse": ".dataplane_create_response",
    "DataplaneCreateResponseBody": ".dataplane_create_response_body",
    "DataplaneDeleteRequestBody": ".dataplane_delete_request_body",
    "DataplaneGroupCreateRequestBody": ".dataplane_group_create_request_body",
    "DataplaneGroupDeleteRequestBody": ".dataplane_group_delete_request_body",
    "DataplaneGroupListRequestBody": ".dataplane_group_list_request_body",
    "DataplaneGroupListResponse": ".dataplane_group_list_response",
    "DataplaneGroupRead": ".dataplane_group_read",
    "DataplaneGroupUpdateRequestBody": ".dataplane_group_update_request_body",
    "DataplaneHealthListResponse": ".dataplane_health_list_response",
    "DataplaneHealthRead": ".dataplane_health_read",
    "DataplaneHealthReadStatus": ".dataplane_health_read_status",
    "DataplaneHeartbeatRequestBody": ".dataplane_heartbeat_request_body",
    "DataplaneHeartbeatResponse": ".dataplane_heartbeat_response",
    "DataplaneInitRequestBody": ".dataplane_init_request_body",
    "DataplaneInitResponse": ".dataplane_init_response",
    "DataplaneListRequestBody": ".dataplane_list_request_body",
    "DataplaneListResponse": ".dataplane_list_response",
    "DataplanePatchRequest": ".dataplane_patch_request",
    "DataplaneRead": ".dataplane_read",
    "DataplaneResponse": ".dataplane_response",
    "DataplaneTokenRequestBody": ".dataplane_token_request_body",
    "DataplaneUpdateRequestBody": ".dataplane_update_request_body",
    "DataplanesResponse": ".dataplanes_response",
    "DbMigrationExecutionRead": ".db_migration_execution_read",
    "DbMigrationRead": ".db_migration_read",
    "DbMigrationReadList": ".db_migration_read_list",
    "DbMigrationRequestBody": ".db_migration_request_body",
    "DbMigrationState": ".db_migration_state",
    "DbtCloudJobInfo": ".dbt_cloud_job_info",
    "DeadlineAction": ".deadline_action",
    "DeclarativeManifestBaseImageRead": ".declarative_manifest_base_image_read",
    "DeclarativeManifestRead": ".declarative_manifest_read",
    "DeclarativeManifestRequestBody": ".declarative_manifest_request_body",
    "DeclarativeManifestVersionRead": ".declarative_manifest_version_read",
    "DeclarativeManifestsReadList": ".declarative_manifests_read_list",
    "DeclarativeSourceDefinitionCreateManifestRequestBody": ".declarative_source_definition_create_manifest_request_body",
    "DeclarativeSourceDefinitionResponse": ".declarative_source_definition_response",
    "DeclarativeSourceDefinitionsResponse": ".declarative_source_definitions_response",
    "DeclarativeSourceManifest": ".declarative_source_manifest",
    "DefinitionResponse": ".definition_response",
    "DefinitionsResponse": ".definitions_response",
    "DeleteSsoConfigRequestBody": ".delete_sso_config_request_body",
    "DeleteStreamResetRecordsForJobRequest": ".delete_stream_reset_records_for_job_request",
    "DeploymentMetadataRead": ".deployment_metadata_read",
    "DestinationCatalog": ".destination_catalog",
    "DestinationCloneConfiguration": ".destination_clone_configuration",
    "DestinationCloneRequestBody": ".destination_clone_request_body",
    "DestinationCoreConfig": ".destination_core_config",
    "DestinationCreate": ".destination_create",
    "DestinationCreateRequest": ".destination_create_request",
    "DestinationDefinitionCreate": ".destination_definition_create",
    "DestinationDefinitionIdRequestBody": ".destination_definition_id_request_body",
    "DestinationDefinitionIdWithWorkspaceId": ".destination_definition_id_with_workspace_id",
    "DestinationDefinitionRead": ".destination_definition_read",
    "DestinationDefinitionReadList": ".destination_definition_read_list",
    "DestinationDefinitionSpecificationRead": ".destination_definition_specification_read",
    "DestinationDefinitionUpdate": ".destination_definition_update",
    "DestinationDiscoverRead": ".destination_discover_read",
    "DestinationDiscoverSchemaRequestBody": ".destination_discover_schema_request_body",
    "DestinationDiscoverSchemaWriteRequestBody": ".destination_discover_schema_write_request_body",
    "DestinationIdRequestBody": ".destination_id_request_body",
    "DestinationOauthConsentRequest": ".destination_oauth_consent_request",
    "DestinationOperation": ".destination_operation",
    "DestinationPatchRequest": ".destination_patch_request",
    "DestinationPutRequest": ".destination_put_request",
    "DestinationRead": ".destination_read",
    "DestinationReadList": ".destination_read_list",
    "DestinationResponse": ".destination_response",
    "DestinationSearch": ".destination_search",
    "DestinationSnippetRead": ".destination_snippet_read",
    "DestinationSyncMode": ".destination_sync_mode",
    "DestinationUpdate": ".destination_update",
    "DestinationsResponse": ".destinations_response",
    "DiagnosticReportRequestBody": ".diagnostic_report_request_body",
    "DiffCatalogsRequest": ".diff_catalogs_request",
    "DiffCatalogsResponse200": ".diff_catalogs_response200",
    "DiscoverCatalogResult": ".discover_catalog_result",
    "DomainVerificationCreateRequestBody": ".domain_verification_create_request_body",
    "DomainVerificationIdRequestBody": ".domain_verification_id_request_body",
    "DomainVerificationListResponse": ".domain_verification_list_response",
    "DomainVerificationResponse": ".domain_verification_response",
    "DomainVerificationResponseStatus": ".domain_verification_response_status",
    "DomainVerificationResponseVerificationMethod": ".domain_verification_response_verification_method",
    "EmailNotificationConfig": ".email_notification_config",
    "EmbeddedOrganizationListItem": ".embedded_organization_list_item",
    "EmbeddedOrganizationsList": ".embedded_organizations_list",
    "EmbeddedScopedTokenRequest": ".embedded_scoped_token_request",
    "EmbeddedScopedTokenResponse": ".embedded_scoped_token_response",
    "EmbeddedSourceOauthConsentRequest": ".embedded_source_oauth_consent_request",
    "EmbeddedWidgetRequest": ".embedded_widget_request",
    "EmbeddedWidgetResponse": ".embedded_widget_response",
    "EnableScimRequestBody": ".enable_scim_request_body",
    "EncryptionMapperAesConfiguration": ".encryption_mapper_aes_configuration",
    "EncryptionMapperAesConfigurationMode": ".encryption_mapper_aes_configuration_mode",
    "EncryptionMapperAesConfigurationPadding": ".encryption_mapper_aes_configuration_padding",
    "EncryptionMapperAlgorithm": ".encryption_mapper_algorithm",
    "EncryptionMapperConfiguration": ".encryption_mapper_configuration",
    "EncryptionMapperRsaConfiguration": ".encryption_mapper_rsa_configuration",
    "EndpointPrivateLinkServiceConfig": ".endpoint_private_link_service_config",
    "EndpointPrivateLinkServiceConfigType": ".endpoint_private_link_service_config_type",
    "EnterpriseConnectorStub": ".enterprise_connector_stub",
    "EnterpriseConnectorStubsReadList": ".enterprise_connector_stubs_read_list",
    "EntitlementPlanInfo": ".entitlement_plan_info",
    "EntitlementPlanResponse": ".entitlement_plan_response",
    "ExistingConnectorBuilderProjectWithWorkspaceId": ".existing_connector_builder_project_with_workspace_id",
    "FailAttemptRequest": ".fail_attempt_request",
    "FailureOrigin": ".failure_origin",
    "FailureReason": ".failure_reason",
    "FailureType": ".failure_type",
    "FieldAdd": ".field_add",
    "FieldDataTypeDiff": ".field_data_type_diff",
    "FieldFilteringMapperConfiguration": ".field_filtering_mapper_configuration",
    "FieldRemove": ".field_remove",
    "FieldRenamingMapperConfiguration": ".field_renaming_mapper_configuration",
    "FieldSchemaUpdate": ".field_schema_update",
    "FieldSpec": ".field_spec",
    "FieldSpecType": ".field_spec_type",
    "FieldTransform": ".field_transform",
    "FieldTransformTransformType": ".field_transform_transform_type",
    "FinishActorDefinitionUpdateResponse200": ".finish_actor_definition_update_response200",
    "GenerateContributionRequestBody": ".generate_contribution_request_body",
    "GenerateContributionResponse": ".generate_contribution_response",
    "GetActorDefinitionResultRequest": ".get_actor_definition_result_request",
    "GetActorDefinitionResultResponse200": ".get_actor_definition_result_response200",
    "GetActorDefinitionResultResponse200Status": ".get_actor_definition_result_response200_status",
    "GetActorDefinitionVersionDefaultRequestBody": ".get_actor_definition_version_default_request_body",
    "GetAttemptStatsRequestBody": ".get_attempt_stats_request_body",
    "GetCheckCommandOutputRequest": ".get_check_command_output_request",
    "GetCheckCommandOutputResponse200": ".get_check_command_output_response200",
    "GetCheckCommandOutputResponse200Status": ".get_check_command_output_response200_status",
    "GetCommandRequest": ".get_command_request",
    "GetCommandResponse200": ".get_command_response200",
    "GetCommandStatusRequest": ".get_command_status_request",
    "GetCommandStatusResponse200": ".get_command_status_response200",
    "GetCommandStatusResponse200Status": ".get_command_status_response200_status",
    "GetDiscoverCommandOutputRequest": ".get_discover_command_output_request",
    "GetDiscoverCommandOutputResponse200": ".get_discover_command_output_response200",
    "GetDiscoverCommandOutputResponse200Status": ".get_discover_command_output_response200_status",
    "GetEntitlementsByOrganizationIdRequestBody": ".get_entitlements_by_organization_id_request_body",
    "GetEntitlementsByOrganizationIdResponse": ".get_entitlements_by_organization_id_response",
    "GetReplicateCommandOutputRequest": ".get_replicate_command_output_request",
    "GetReplicateCommandOutputResponse200": ".get_replicate_command_output_response200",
    "GetSpecCommandOutputRequest": ".get_spec_command_output_request",
    "GetSpecCommandOutputResponse200": ".get_spec_command_output_response200",
    "GetSpecCommandOutputResponse200Status": ".get_spec_command_output_response200_status",
    "GetSsoConfigRequestBody": ".get_sso_config_request_body",
    "GetWebhookConfigRequest": ".get_webhook_config_request",
    "GetWebhookConfigResponse200": ".get_webhook_config_response200",
    "GlobalState": ".global_state",
    "GroupCreate": ".group_create",
    "GroupCreateRequest": ".group_create_request",
    "GroupIdRequestBody": ".group_id_request_body",
    "GroupMemberAddRequest": ".group_member_add_request",
    "GroupMemberRead": ".group_member_read",
    "GroupMemberReadList": ".group_member_read_list",
    "GroupMemberRequestBody": ".group_member_request_body",
    "GroupMemberResponse": ".group_member_response",
    "GroupMembersResponse": ".group_members_response",
    "GroupPermissionCreate": ".group_permission_create",
    "GroupPermissionCreateRequest": ".group_permission_create_request",
    "GroupPermissionIdRequestBody": ".group_permission_id_request_body",
    "GroupPermissionRead": ".group_permission_read",
    "GroupPermissionReadList": ".group_permission_read_list",
    "GroupPermissionResponse": ".group_permission_response",
    "GroupPermissionsResponse": ".group_permissions_response",
    "GroupRead": ".group_read",
    "GroupReadList": ".group_read_list",
    "GroupResponse": ".group_response",
    "GroupUpdate": ".group_update",
    "GroupUpdateRequest": ".group_update_request",
    "GroupsResponse": ".groups_response",
    "HashingMapperConfiguration": ".hashing_mapper_configuration",
    "HashingMapperConfigurationMethod": ".hashing_mapper_configuration_method",
    "HealthCheckRead": ".health_check_read",
    "HeartbeatRecord": ".heartbeat_record",
    "ImportRead": ".import_read",
    "ImportReadStatus": ".import_read_status",
    "ImportRequestBody": ".import_request_body",
    "IndividualWorkspaceUsageRead": ".individual_workspace_usage_read",
    "IndividualWorkspaceUsageReadWorkspace": ".individual_workspace_usage_read_workspace",
    "InitiateOauthRequest": ".initiate_oauth_request",
    "InitiateOauthRequestClientType": ".initiate_oauth_request_client_type",
    "InstanceConfigurationResponse": ".instance_configuration_response",
    "InstanceConfigurationResponseEdition": ".instance_configuration_response_edition",
    "InstanceConfigurationResponseTrackingStrategy": ".instance_configuration_response_tracking_strategy",
    "InstanceConfigurationSetupRequestBody": ".instance_configuration_setup_request_body",
    "InternalOperationResult": ".internal_operation_result",
    "InvalidInputExceptionInfo": ".invalid_input_exception_info",
    "InvalidInputProperty": ".invalid_input_property",
    "InviteCodeRequestBody": ".invite_code_request_body",
    "InvoiceRead": ".invoice_read",
    "InvoiceReadStatus": ".invoice_read_status",
    "JobAggregatedStats": ".job_aggregated_stats",
    "JobConfigType": ".job_config_type",
    "JobCreate": ".job_create",
    "JobCreateRequest": ".job_create_request",
    "JobDebugInfoRead": ".job_debug_info_read",
    "JobDebugRead": ".job_debug_read",
    "JobExplainRead": ".job_explain_read",
    "JobFailureRequest": ".job_failure_request",
    "JobIdRequestBody": ".job_id_request_body",
    "JobInfoLightRead": ".job_info_light_read",
    "JobInfoRead": ".job_info_read",
    "JobListForWorkspacesRequestBody": ".job_list_for_workspaces_request_body",
    "JobListForWorkspacesRequestBodyOrderByField": ".job_list_for_workspaces_request_body_order_by_field",
    "JobListForWorkspacesRequestBodyOrderByMethod": ".job_list_for_workspaces_request_body_order_by_method",
    "JobListRequestBody": ".job_list_request_body",
    "JobListRequestBodyOrderByField": ".job_list_request_body_order_by_field",
    "JobListRequestBodyOrderByMethod": ".job_list_request_body_order_by_method",
    "JobLogs": ".job_logs",
    "JobOptionalRead": ".job_optional_read",
    "JobRead": ".job_read",
    "JobReadList": ".job_read_list",
    "JobReadResponse": ".job_read_response",
    "JobRefreshConfig": ".job_refresh_config",
    "JobResponse": ".job_response",
    "JobRetryStateRequestBody": ".job_retry_state_request_body",
    "JobStatus": ".job_status",
    "JobStatusEnum": ".job_status_enum",
    "JobSuccessWithAttemptNumberRequest": ".job_success_with_attempt_number_request",
    "JobSyncResultRead": ".job_sync_result_read",
    "JobType": ".job_type",
    "JobTypeEnum": ".job_type_enum",
    "JobTypeResourceLimit": ".job_type_resource_limit",
    "JobWithAttemptsRead": ".job_with_attempts_read",
    "JobsResponse": ".jobs_response",
    "KnownExceptionInfo": ".known_exception_info",
    "LicenseInfoResponse": ".license_info_response",
    "LicenseStatus": ".license_status",
    "Limit": ".limit",
    "ListAllEntitlementPlansResponse": ".list_all_entitlement_plans_response",
    "ListConnectionsForWorkspacesRequestBody": ".list_connections_for_workspaces_request_body",
    "ListDeclarativeManifestsRequestBody": ".list_declarative_manifests_request_body",
    "ListInvoicesRead": ".list_invoices_read",
    "ListOrganizationSummariesRequestBody": ".list_organization_summaries_request_body",
    "ListOrganizationSummariesResponse": ".list_organization_summaries_response",
    "ListOrganizationsByUserRequestBody": ".list_organizations_by_user_request_body",
    "ListResourcesForWorkspacesRequestBody": ".list_resources_for_workspaces_request_body",
    "ListWorkspacesByUserRequestBody": ".list_workspaces_by_user_request_body",
    "ListWorkspacesInOrganizationRequestBody": ".list_workspaces_in_organization_request_body",
    "LogCaller": ".log_caller",
    "LogEvent": ".log_event",
    "LogEvents": ".log_events",
    "LogFormatType": ".log_format_type",
    "LogLevel": ".log_level",
    "LogRead": ".log_read",
    "LogSource": ".log_source",
    "LogType": ".log_type",
    "LogsRequestBody": ".logs_request_body",
    "MapperConfiguration": ".mapper_configuration",
    "MapperValidationError": ".mapper_validation_error",
    "MapperValidationErrorType": ".mapper_validation_error_type",
    "MapperValidationResult": ".mapper_validation_result",
    "MigrateSecretStorageRequestBody": ".migrate_secret_storage_request_body",
    "NamespaceDefinitionEnum": ".namespace_definition_enum",
    "NamespaceDefinitionEnumNoDefault": ".namespace_definition_enum_no_default",
    "NamespaceDefinitionType": ".namespace_definition_type",
    "NonBreakingChangesPreference": ".non_breaking_changes_preference",
    "NonBreakingSchemaUpdatesBehaviorEnum": ".non_breaking_schema_updates_behavior_enum",
    "NonBreakingSchemaUpdatesBehaviorEnumNoDefault": ".non_breaking_schema_updates_behavior_enum_no_default",
    "NotFoundKnownExceptionInfo": ".not_found_known_exception_info",
    "Notification": ".notification",
    "NotificationConfig": ".notification_config",
    "NotificationItem": ".notification_item",
    "NotificationRead": ".notification_read",
    "NotificationReadStatus": ".notification_read_status",
    "NotificationSettings": ".notification_settings",
    "NotificationTrigger": ".notification_trigger",
    "NotificationType": ".notification_type",
    "NotificationWebhookConfigValidationRequestBody": ".notification_webhook_config_validation_request_body",
    "NotificationsConfig": ".notifications_config",
    "OAuthConfigSpecification": ".o_auth_config_specification",
    "OAuthConsentRead": ".o_auth_consent_read",
    "OAuthScopeItem": ".o_auth_scope_item",
    "OperationCreate": ".operation_create",
    "OperationIdRequestBody": ".operation_id_request_body",
    "OperationRead": ".operation_read",
    "OperationReadList": ".operation_read_list",
    "OperationUpdate": ".operation_update",
    "OperatorConfiguration": ".operator_configuration",
    "OperatorType": ".operator_type",
    "OperatorWebhook": ".operator_webhook",
    "OperatorWebhookDbtCloud": ".operator_webhook_dbt_cloud",
    "OperatorWebhookWebhookType": ".operator_webhook_webhook_type",
    "OrganizationAgenticStatusUpdateRequestBody": ".organization_agentic_status_update_request_body",
    "OrganizationCreateRequestBody": ".organization_create_request_body",
    "OrganizationDataWorkerUsageRead": ".organization_data_worker_usage_read",
    "OrganizationDataWorkerUsageRequestBody": ".organization_data_worker_usage_request_body",
    "OrganizationIdRequestBody": ".organization_id_request_body",
    "OrganizationInfoRead": ".organization_info_read",
    "OrganizationInfoReadBilling": ".organization_info_read_billing",
    "OrganizationInfoReadBillingAccountType": ".organization_info_read_billing_account_type",
    "OrganizationInfoReadBillingPaymentStatus": ".organization_info_read_billing_payment_status",
    "OrganizationInfoReadBillingSubscriptionStatus": ".organization_info_read_billing_subscription_status",
    "OrganizationIsEntitledRequestBody": ".organization_is_entitled_request_body",
    "OrganizationIsEntitledResponse": ".organization_is_entitled_response",
    "OrganizationLimits": ".organization_limits",
    "OrganizationOAuthCredentialsRequest": ".organization_o_auth_credentials_request",
    "OrganizationPaymentConfigRead": ".organization_payment_config_read",
    "OrganizationPaymentConfigReadPaymentStatus": ".organization_payment_config_read_payment_status",
    "OrganizationPaymentConfigReadSubscriptionStatus": ".organization_payment_config_read_subscription_status",
    "OrganizationPaymentConfigReadUsageCategoryOverwrite": ".organization_payment_config_read_usage_category_overwrite",
    "OrganizationPaymentConfigUpdateRequestBody": ".organization_payment_config_update_request_body",
    "OrganizationPaymentConfigUpdateRequestBodyPaymentStatus": ".organization_payment_config_update_request_body_payment_status",
    "OrganizationPaymentConfigUpdateRequestBodyUsageCategoryOverwrite": ".organization_payment_config_update_request_body_usage_category_overwrite",
    "OrganizationRead": ".organization_read",
    "OrganizationReadList": ".organization_read_list",
    "OrganizationResponse": ".organization_response",
    "OrganizationSubscriptionInfoRead": ".organization_subscription_info_read",
    "OrganizationSubscriptionInfoReadCredits": ".organization_subscription_info_read_credits",
    "OrganizationSubscriptionInfoReadUpcomingInvoice": ".organization_subscription_info_read_upcoming_invoice",
    "OrganizationSummary": ".organization_summary",
    "OrganizationTrialStatusRead": ".organization_trial_status_read",
    "OrganizationTrialStatusReadTrialStatus": ".organization_trial_status_read_trial_status",
    "OrganizationUpdateRequestBody": ".organization_update_request_body",
    "OrganizationUsageRead": ".organization_usage_read",
    "OrganizationUsageRequestBody": ".organization_usage_request_body",
    "OrganizationUserRead": ".organization_user_read",
    "OrganizationUserReadList": ".organization_user_read_list",
    "OrganizationsResponse": ".organizations_response",
    "Pagination": ".pagination",
    "PartialDestinationUpdate": ".partial_destination_update",
    "PartialSourceUpdate": ".partial_source_update",
    "PaymentInformationRead": ".payment_information_read",
    "PaymentInformationReadCustomer": ".payment_information_read_customer",
    "PaymentMethodRead": ".payment_method_read",
    "PermissionCheckRead": ".permission_check_read",
    "PermissionCheckReadStatus": ".permission_check_read_status",
    "PermissionCheckRequest": ".permission_check_request",
    "PermissionCreate": ".permission_create",
    "PermissionCreateRequest": ".permission_create_request",
    "PermissionDeleteUserFromWorkspaceRequestBody": ".permission_delete_user_from_workspace_request_body",
    "PermissionIdRequestBody": ".permission_id_request_body",
    "PermissionRead": ".permission_read",
    "PermissionReadList": ".permission_read_list",
    "PermissionResponse": ".permission_response",
    "PermissionResponseRead": ".permission_response_read",
    "PermissionScope": ".permission_scope",
    "PermissionType": ".permission_type",
    "PermissionUpdate": ".permission_update",
    "PermissionUpdateRequest": ".permission_update_request",
    "PermissionsCheckMultipleWorkspacesRequest": ".permissions_check_multiple_workspaces_request",
    "PermissionsResponse": ".permissions_response",
    "PersistCancelJobRequestBody": ".persist_cancel_job_request_body",
    "PostprocessDiscoveredCatalogRequestBody": ".postprocess_discovered_catalog_request_body",
    "PostprocessDiscoveredCatalogResult": ".postprocess_discovered_catalog_result",
    "PrivateDestinationDefinitionRead": ".private_destination_definition_read",
    "PrivateDestinationDefinitionReadList": ".private_destination_definition_read_list",
    "PrivateLinkCreateRequestBody": ".private_link_create_request_body",
    "PrivateLinkIdRequestBody": ".private_link_id_request_body",
    "PrivateLinkInternalIdRequestBody": ".private_link_internal_id_request_body",
    "PrivateLinkListByStatusRequestBody": ".private_link_list_by_status_request_body",
    "PrivateLinkListRequestBody": ".private_link_list_request_body",
    "PrivateLinkRead": ".private_link_read",
    "PrivateLinkReadList": ".private_link_read_list",
    "PrivateLinkServiceConfig": ".private_link_service_config",
    "PrivateLinkServiceType": ".private_link_service_type",
    "PrivateLinkStatus": ".private_link_status",
    "PrivateLinkUpdateRequestBody": ".private_link_update_request_body",
    "PrivateSourceDefinitionRead": ".private_source_definition_read",
    "PrivateSourceDefinitionReadList": ".private_source_definition_read_list",
    "PublicAccessTokenResponse": ".public_access_token_response",
    "PublicAccessTokenResponseTokenType": ".public_access_token_response_token_type",
    "PublicPermissionType": ".public_permission_type",
    "RedirectUrlResponse": ".redirect_url_response",
    "RefreshMode": ".refresh_mode",
    "RegionCreateRequest": ".region_create_request",
    "RegionDataWorkerUsage": ".region_data_worker_usage",
    "RegionPatchRequest": ".region_patch_request",
    "RegionResponse": ".region_response",
    "RegionsResponse": ".regions_response",
    "ReleaseStage": ".release_stage",
    "ReportJobStartRequest": ".report_job_start_request",
    "ResetConfig": ".reset_config",
    "ResolveActorDefinitionVersionRequestBody": ".resolve_actor_definition_version_request_body",
    "ResolveActorDefinitionVersionResponse": ".resolve_actor_definition_version_response",
    "ResourceRequirements": ".resource_requirements",
    "RetryStateRead": ".retry_state_read",
    "RevokeSourceOauthTokensRequest": ".revoke_source_oauth_tokens_request",
    "RowFilteringMapperConfiguration": ".row_filtering_mapper_configuration",
    "RowFilteringOperation": ".row_filtering_operation",
    "RowFilteringOperationNot": ".row_filtering_operation",
    "RowFilteringOperationEqual": ".row_filtering_operation_equal",
    "RowFilteringOperationType": ".row_filtering_operation_type",
    "RunCheckCommandRequest": ".run_check_command_request",
    "RunCheckCommandResponse200": ".run_check_command_response200",
    "RunDiscoverCommandRequest": ".run_discover_command_request",
    "RunDiscoverCommandResponse200": ".run_discover_command_response200",
    "RunReplicateCommandRequest": ".run_replicate_command_request",
    "RunReplicateCommandResponse200": ".run_replicate_command_response200",
    "RunSpecCommandRequest": ".run_spec_command_request",
    "RunSpecCommandResponse200": ".run_spec_command_response200",
    "SaveAttemptSyncConfigRequestBody": ".save_attempt_sync_config_request_body",
    "SaveStatsRequestBody": ".save_stats_request_body",
    "SaveStreamAttemptMetadataRequestBody": ".save_stream_attempt_metadata_request_body",
    "ScheduleTypeEnum": ".schedule_type_enum",
    "ScheduleTypeWithBasicEnum": ".schedule_type_with_basic_enum",
    "SchemaChange": ".schema_change",
    "SchemaChangeBackfillPreference": ".schema_change_backfill_preference",
    "ScimConfigResponse": ".scim_config_response",
    "ScimConfigStatus": ".scim_config_status",
    "ScimIdpProvider": ".scim_idp_provider",
    "ScopeType": ".scope_type",
    "ScopedConfigurationContextRequestBody": ".scoped_configuration_context_request_body",
    "ScopedConfigurationContextResponse": ".scoped_configuration_context_response",
    "ScopedConfigurationCreateRequestBody": ".scoped_configuration_create_request_body",
    "ScopedConfigurationCreateResponse": ".scoped_configuration_create_response",
    "ScopedConfigurationDeleteRequestBody": ".scoped_configuration_delete_request_body",
    "ScopedConfigurationDeleteResponse": ".scoped_configuration_delete_response",
    "ScopedConfigurationListRequestBody": ".scoped_configuration_list_request_body",
    "ScopedConfigurationListResponse": ".scoped_configuration_list_response",
    "ScopedConfigurationRead": ".scoped_configuration_read",
    "ScopedConfigurationReadRequestBody": ".scoped_configuration_read_request_body",
    "ScopedConfigurationReadResponse": ".scoped_configuration_read_response",
    "ScopedConfigurationUpdateRequestBody": ".scoped_configuration_update_request_body",
    "ScopedConfigurationUpdateResponse": ".scoped_configuration_update_response",
    "ScopedResourceRequirements": ".scoped_resource_requirements",
    "SecretPersistenceConfig": ".secret_persistence_config",
    "SecretPersistenceConfigGetRequestBody": ".secret_persistence_config_get_request_body",
    "SecretPersistenceType": ".secret_persistence_type",
    "SecretStorageCreateRequestBody": ".secret_storage_create_request_body",
    "SecretStorageIdRequestBody": ".secret_storage_id_request_body",
    "SecretStorageListRequestBody": ".secret_storage_list_request_body",
    "SecretStorageRead": ".secret_storage_read",
    "SecretStorageReadList": ".secret_storage_read_list",
    "SecretStorageType": ".secret_storage_type",
    "SelectedFieldInfo": ".selected_field_info",
    "ServiceAccountTokenRequestBody": ".service_account_token_request_body",
    "SetInstancewideDestinationOauthParamsRequestBody": ".set_instancewide_destination_oauth_params_request_body",
    "SetInstancewideSourceOauthParamsRequestBody": ".set_instancewide_source_oauth_params_request_body",
    "SetJobQueuedRequest": ".set_job_queued_request",
    "SignalInput": ".signal_input",
    "SlackNotificationConfiguration": ".slack_notification_configuration",
    "SlugRequestBody": ".slug_request_body",
    "SourceAutoPropagateChange": ".source_auto_propagate_change",
    "SourceCloneConfiguration": ".source_clone_configuration",
    "SourceCloneRequestBody": ".source_clone_request_body",
    "SourceCoreConfig": ".source_core_config",
    "SourceCreate": ".source_create",
    "SourceCreateRequest": ".source_create_request",
    "SourceDefinitionCreate": ".source_definition_create",
    "SourceDefinitionIdBody": ".source_definition_id_body",
    "SourceDefinitionIdRequestBody": ".source_definition_id_request_body",
    "SourceDefinitionIdWithWorkspaceId": ".source_definition_id_with_workspace_id",
    "SourceDefinitionRead": ".source_definition_read",
    "SourceDefinitionReadList": ".source_definition_read_list",
    "SourceDefinitionReadSourceType": ".source_definition_read_source_type",
    "SourceDefinitionSpecificationRead": ".source_definition_specification_read",
    "SourceDefinitionUpdate": ".source_definition_update",
    "SourceDiscoverSchemaRead": ".source_discover_schema_read",
    "SourceDiscoverSchemaRequestBody": ".source_discover_schema_request_body",
    "SourceDiscoverSchemaWriteRequestBody": ".source_discover_schema_write_request_body",
    "SourceIdRequestBody": ".source_id_request_body",
    "SourceIdWithSecretCoordinatesRequestBody": ".source_id_with_secret_coordinates_request_body",
    "SourceMetadata": ".source_metadata",
    "SourceOAuthScopesRead": ".source_o_auth_scopes_read",
    "SourceOAuthScopesReadScopeJoinStrategy": ".source_o_auth_scopes_read_scope_join_strategy",
    "SourceOAuthScopesRequest": ".source_o_auth_scopes_request",
    "SourceOauthConsentRequest": ".source_oauth_consent_request",
    "SourcePatchRequest": ".source_patch_request",
    "SourcePutRequest": ".source_put_request",
    "SourceRead": ".source_read",
    "SourceReadList": ".source_read_list",
    "SourceReadWithMetadata": ".source_read_with_metadata",
    "SourceResponse": ".source_response",
    "SourceSearch": ".source_search",
    "SourceSnippetRead": ".source_snippet_read",
    "SourceUpdate": ".source_update",
    "SourcesResponse": ".sources_response",
    "SsoConfigDefaultRole": ".sso_config_default_role",
    "SsoConfigRead": ".sso_config_read",
    "SsoConfigStatus": ".sso_config_status",
    "StoragePrivateLinkServiceConfig": ".storage_private_link_service_config",
    "StoragePrivateLinkServiceConfigType": ".storage_private_link_service_config_type",
    "StreamAttemptMetadata": ".stream_attempt_metadata",
    "StreamAttributePrimaryKeyUpdate": ".stream_attribute_primary_key_update",
    "StreamAttributeTransform": ".stream_attribute_transform",
    "StreamAttributeTransformTransformType": ".stream_attribute_transform_transform_type",
    "StreamConfiguration": ".stream_configuration",
    "StreamConfigurations": ".stream_configurations",
    "StreamCursorFieldDiff": ".stream_cursor_field_diff",
    "StreamDescriptor": ".stream_descriptor",
    "StreamFieldStatusChanged": ".stream_field_status_changed",
    "StreamFieldStatusChangedStatus": ".stream_field_status_changed_status",
    "StreamMapperType": ".stream_mapper_type",
    "StreamPrimaryKeyDiff": ".stream_primary_key_diff",
    "StreamProperties": ".stream_properties",
    "StreamState": ".stream_state",
    "StreamStats": ".stream_stats",
    "StreamStatusCreateRequestBody": ".stream_status_create_request_body",
    "StreamStatusIncompleteRunCause": ".stream_status_incomplete_run_cause",
    "StreamStatusJobType": ".stream_status_job_type",
    "StreamStatusListRequestBody": ".stream_status_list_request_body",
    "StreamStatusRateLimitedMetadata": ".stream_status_rate_limited_metadata",
    "StreamStatusRead": ".stream_status_read",
    "StreamStatusReadList": ".stream_status_read_list",
    "StreamStatusRunState": ".stream_status_run_state",
    "StreamStatusUpdateRequestBody": ".stream_status_update_request_body",
    "StreamSyncModeDiff": ".stream_sync_mode_diff",
    "StreamSyncProgressReadItem": ".stream_sync_progress_read_item",
    "StreamTransform": ".stream_transform",
    "StreamTransformTransformType": ".stream_transform_transform_type",
    "StreamTransformUpdateStream": ".stream_transform_update_stream",
    "SupportLevel": ".support_level",
    "SupportState": ".support_state",
    "SyncInput": ".sync_input",
    "SyncMode": ".sync_mode",
    "SynchronousJobRead": ".synchronous_job_read",
    "Tag": ".tag",
    "TagCreateRequest": ".tag_create_request",
    "TagCreateRequestBody": ".tag_create_request_body",
    "TagDeleteRequestBody": ".tag_delete_request_body",
    "TagListRequestBody": ".tag_list_request_body",
    "TagPatchRequest": ".tag_patch_request",
    "TagResponse": ".tag_response",
    "TagUpdateRequestBody": ".tag_update_request_body",
    "TagsResponse": ".tags_response",
    "TimeWindowRequestBody": ".time_window_request_body",
    "TimeframeUsage": ".timeframe_usage",
    "UpdateActiveManifestRequestBody": ".update_active_manifest_request_body",
    "UpdateActorDefinitionRequest": ".update_actor_definition_request",
    "UpdateActorDefinitionResponse200": ".update_actor_definition_response200",
    "UpdateDeclarativeSourceDefinitionRequest": ".update_declarative_source_definition_request",
    "UpdateDefinitionRequest": ".update_definition_request",
    "UpdateOrganizationEntitlementPlanRequestBody": ".update_organization_entitlement_plan_request_body",
    "UpdateOrganizationEntitlementPlanRequestBodyPlanName": ".update_organization_entitlement_plan_request_body_plan_name",
    "UpdateOrganizationEntitlementPlanResponse": ".update_organization_entitlement_plan_response",
    "UpdateSsoCredentialsRequestBody": ".update_sso_credentials_request_body",
    "UploadRead": ".upload_read",
    "UploadReadStatus": ".upload_read_status",
    "UsageBucket": ".usage_bucket",
    "UserAuthIdRequestBody": ".user_auth_id_request_body",
    "UserEmailRequestBody": ".user_email_request_body",
    "UserGetOrCreateByAuthIdResponse": ".user_get_or_create_by_auth_id_response",
    "UserIdRequestBody": ".user_id_request_body",
    "UserInvitationAdminRead": ".user_invitation_admin_read",
    "UserInvitationCancelRequestBody": ".user_invitation_cancel_request_body",
    "UserInvitationCreateRequestBody": ".user_invitation_create_request_body",
    "UserInvitationCreateResponse": ".user_invitation_create_response",
    "UserInvitationListRequestBody": ".user_invitation_list_request_body",
    "UserInvitationRead": ".user_invitation_read",
    "UserInvitationStatus": ".user_invitation_status",
    "UserRead": ".user_read",
    "UserReadInConnectionEvent": ".user_read_in_connection_event",
    "UserResponse": ".user_response",
    "UserStatus": ".user_status",
    "UserUpdate": ".user_update",
    "UserWithPermissionInfoRead": ".user_with_permission_info_read",
    "UserWithPermissionInfoReadList": ".user_with_permission_info_read_list",
    "UsersResponse": ".users_response",
    "ValidateSsoTokenRequestBody": ".validate_sso_token_request_body",
    "WebBackendCheckUpdatesRead": ".web_backend_check_updates_read",
    "WebBackendConnectionCreate": ".web_backend_connection_create",
    "WebBackendConnectionListFilters": ".web_backend_connection_list_filters",
    "WebBackendConnectionListFiltersStatusesItem": ".web_backend_connection_list_filters_statuses_item",
    "WebBackendConnectionListItem": ".web_backend_connection_list_item",
    "WebBackendConnectionListRequestBody": ".web_backend_connection_list_request_body",
    "WebBackendConnectionListSortKey": ".web_backend_connection_list_sort_key",
    "WebBackendConnectionRead": ".web_backend_connection_read",
    "WebBackendConnectionReadList": ".web_backend_connection_read_list",
    "WebBackendConnectionRequestBody": ".web_backend_connection_request_body",
    "WebBackendConnectionStatusCounts": ".web_backend_connection_status_counts",
    "WebBackendConnectionUpdate": ".web_backend_connection_update",
    "WebBackendCronExpressionDescription": ".web_backend_cron_expression_description",
    "WebBackendDescribeCronExpressionRequestBody": ".web_backend_describe_cron_expression_request_body",
    "WebBackendOperationCreateOrUpdate": ".web_backend_operation_create_or_update",
    "WebBackendValidateMappersRequestBody": ".web_backend_validate_mappers_request_body",
    "WebBackendValidateMappersResponse": ".web_backend_validate_mappers_response",
    "WebBackendWorkspaceState": ".web_backend_workspace_state",
    "WebBackendWorkspaceStateResult": ".web_backend_workspace_state_result",
    "WebappConfigResponse": ".webapp_config_response",
    "WebhookConfigRead": ".webhook_config_read",
    "WebhookConfigWrite": ".webhook_config_write",
    "WebhookNotificationConfig": ".webhook_notification_config",
    "WorkflowStateRead": ".workflow_state_read",
    "WorkloadPriority": ".workload_priority",
    "WorkspaceCreate": ".workspace_create",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceCreateWithId": ".workspace_create_with_id",
    "WorkspaceDataWorkerAvailabilityRead": ".workspace_data_worker_availability_read",
    "WorkspaceDataWorkerAvailabilityRequestBody": ".workspace_data_worker_availability_request_body",
    "WorkspaceDataWorkerUsage": ".workspace_data_worker_usage",
    "WorkspaceGetDbtJobsRequest": ".workspace_get_dbt_jobs_request",
    "WorkspaceGetDbtJobsResponse": ".workspace_get_dbt_jobs_response",
    "WorkspaceGiveFeedback": ".workspace_give_feedback",
    "WorkspaceIdActorDefinitionRequestBody": ".workspace_id_actor_definition_request_body",
    "WorkspaceIdList": ".workspace_id_list",
    "WorkspaceIdRequestBody": ".workspace_id_request_body",
    "WorkspaceLimits": ".workspace_limits",
    "WorkspaceOAuthCredentialsRequest": ".workspace_o_auth_credentials_request",
    "WorkspaceOverrideOauthParamsRequestBody": ".workspace_override_oauth_params_request_body",
    "WorkspaceRead": ".workspace_read",
    "WorkspaceReadList": ".workspace_read_list",
    "WorkspaceResponse": ".workspace_response",
    "WorkspaceUpdate": ".workspace_update",
    "WorkspaceUpdateName": ".workspace_update_name",
    "WorkspaceUpdateOrganization": ".workspace_update_organization",
    "WorkspaceUpdateRequest": ".workspace_update_request",
    "WorkspaceUsageRead": ".workspace_usage_read",
    "WorkspaceUsageRequestBody": ".workspace_usage_request_body",
    "WorkspaceUserAccessInfoRead": ".workspace_user_access_info_read",
    "WorkspaceUserAccessInfoReadList": ".workspace_user_access_info_read_list",
    "WorkspaceUserRead": ".workspace_user_read",
    "WorkspaceUserReadList": ".workspace_user_read_list",
    "WorkspacesResponse": ".workspaces_response",
    "WriteWorkloadOutputRequest": ".write_workload_output_request",
}

__all__ = [
    "AccessToken",
    "ActivateSsoConfigRequestBody",
    "ActorCatalogWithUpdatedAt",
    "ActorDefinitionBreakingChange",
    "ActorDefinitionFinishRequest",
    "ActorDefinitionIdWithScope",
    "ActorDefinitionMetadata",
    "ActorDefinitionRequestBody",
    "ActorDefinitionSpec",
    "ActorDefinitionVersionBreakingChanges",
    "ActorDefinitionVersionRead",
    "ActorListCursorPaginatedRequestBody",
    "ActorListFilters",
    "ActorListSortKey",
    "ActorStatus",
    "ActorType",
    "ActorTypeEnum",
    "ActorUpdateRequest",
    "AddressRead",
    "AdvancedAuth",
    "AdvancedAuthAuthFlowType",
    "AirbyteApiConnectionSchedule",
    "AirbyteCatalog",
    "AirbyteCatalogDiff",
    "AirbyteStream",
    "AirbyteStreamAndConfiguration",
    "AirbyteStreamConfiguration",
    "ApplicationCreate",
    "ApplicationIdRequestBody",
    "ApplicationRead",
    "ApplicationReadList",
    "ApplicationTokenRequest",
    "ApplicationTokenRequestWithGrant",
    "ApplicationTokenRequestWithGrantGrantType",
    "AttemptFailureSummary",
    "AttemptInfoRead",
    "AttemptRead",
    "AttemptStats",
    "AttemptStatus",
    "AttemptStreamStats",
    "AttemptSyncConfig",
    "AuditLogActor",
    "AuditLogListRequestBody",
    "AuditLogRead",
    "AuditLogReadList",
    "AuthConfiguration",
    "AuthConfigurationMode",
    "AuthProvider",
    "BaseActorDefinitionVersionInfo",
    "BillingBackfillUsageRequest",
    "BooleanRead",
    "BuilderProjectForDefinitionRequestBody",
    "BuilderProjectForDefinitionResponse",
    "BuilderProjectOauthConsentRequest",
    "CancelCommandRequest",
    "CancelCommandResponse200",
    "CancelQueuedJobRequest",
    "CancelSubscriptionRead",
    "CatalogConfigDiff",
    "CatalogDiff",
    "CheckConnectionRead",
    "CheckConnectionReadStatus",
    "CheckContributionRead",
    "CheckContributionRequestBody",
    "CheckDataWorkerCapacityRead",
    "CheckDataWorkerCapacityRequest",
    "CheckOperationRead",
    "CheckOperationReadStatus",
    "CompleteConnectorBuilderProjectOauthRequest",
    "CompleteDestinationOAuthRequest",
    "CompleteOAuthResponse",
    "CompleteSourceOauthRequest",
    "ConfiguredStreamMapper",
    "ConnectionAndJobIdRequestBody",
    "ConnectionAutoPropagateResult",
    "ConnectionAutoPropagateSchemaChange",
    "ConnectionContextRead",
    "ConnectionCreate",
    "ConnectionCreateRequest",
    "ConnectionDataHistoryReadItem",
    "ConnectionDataHistoryRequestBody",
    "ConnectionEvent",
    "ConnectionEventIdRequestBody",
    "ConnectionEventList",
    "ConnectionEventListMinimal",
    "ConnectionEventMinimal",
    "ConnectionEventType",
    "ConnectionEventWithDetails",
    "ConnectionEventsBackfillRequestBody",
    "ConnectionEventsListMinimalRequestBody",
    "ConnectionEventsRequestBody",
    "ConnectionIdRequestBody",
    "ConnectionJobRequestBody",
    "ConnectionLastJobPerStreamReadItem",
    "ConnectionLastJobPerStreamRequestBody",
    "ConnectionPatchRequest",
    "ConnectionRead",
    "ConnectionReadList",
    "ConnectionResponse",
    "ConnectionSchedule",
    "ConnectionScheduleData",
    "ConnectionScheduleDataBasicSchedule",
    "ConnectionScheduleDataBasicScheduleTimeUnit",
    "ConnectionScheduleDataCron",
    "ConnectionScheduleResponse",
    "ConnectionScheduleTimeUnit",
    "ConnectionScheduleType",
    "ConnectionSearch",
    "ConnectionState",
    "ConnectionStateCreateOrUpdate",
    "ConnectionStateType",
    "ConnectionStatus",
    "ConnectionStatusEnum",
    "ConnectionStatusRead",
    "ConnectionStatusesRequestBody",
    "ConnectionStream",
    "ConnectionStreamHistoryReadItem",
    "ConnectionStreamHistoryRequestBody",
    "ConnectionStreamRefreshRequestBody",
    "ConnectionStreamRequestBody",
    "ConnectionSyncModeEnum",
    "ConnectionSyncProgressRead",
    "ConnectionSyncResultRead",
    "ConnectionSyncStatus",
    "ConnectionUpdate",
    "ConnectionUpdateWithReason",
    "ConnectionUptimeHistoryRequestBody",
    "ConnectionUsageRead",
    "ConnectionsResponse",
    "ConnectorBuilderAuxiliaryRequest",
    "ConnectorBuilderAuxiliaryRequestType",
    "ConnectorBuilderCapabilities",
    "ConnectorBuilderHttpRequest",
    "ConnectorBuilderHttpRequestHttpMethod",
    "ConnectorBuilderHttpResponse",
    "ConnectorBuilderProjectDetails",
    "ConnectorBuilderProjectDetailsRead",
    "ConnectorBuilderProjectForkRequestBody",
    "ConnectorBuilderProjectFullResolveRequestBody",
    "ConnectorBuilderProjectIdWithWorkspaceId",
    "ConnectorBuilderProjectRead",
    "ConnectorBuilderProjectReadList",
    "ConnectorBuilderProjectResolveRequestBody",
    "ConnectorBuilderProjectStreamRead",
    "ConnectorBuilderProjectStreamReadLogsItem",
    "ConnectorBuilderProjectStreamReadLogsItemLevel",
    "ConnectorBuilderProjectStreamReadRequestBody",
    "ConnectorBuilderProjectStreamReadSlicesItem",
    "ConnectorBuilderProjectStreamReadSlicesItemPagesItem",
    "ConnectorBuilderProjectTestingValuesUpdate",
    "ConnectorBuilderProjectWithWorkspaceId",
    "ConnectorBuilderPublishRequestBody",
    "ConnectorBuilderResolvedManifest",
    "ConnectorDefinitionResponse",
    "ConnectorDefinitionsResponse",
    "ConnectorDocumentationRead",
    "ConnectorDocumentationRequestBody",
    "ConnectorRolloutActorSelectionInfo",
    "ConnectorRolloutActorSyncInfo",
    "ConnectorRolloutActorSyncInfoResponse",
    "ConnectorRolloutActorSyncInfoResponseData",
    "ConnectorRolloutFilters",
    "ConnectorRolloutFinalizeRequestBody",
    "ConnectorRolloutFinalizeResponse",
    "ConnectorRolloutGetActorSyncInfoRequestBody",
    "ConnectorRolloutJobBypassFilter",
    "ConnectorRolloutListByActorDefinitionIdRequestBody",
    "ConnectorRolloutListRequestBody",
    "ConnectorRolloutListResponse",
    "ConnectorRolloutManualFinalizeRequestBody",
    "ConnectorRolloutManualFinalizeResponse",
    "ConnectorRolloutManualRolloutRequestBody",
    "ConnectorRolloutManualRolloutResponse",
    "ConnectorRolloutManualStartRequestBody",
    "ConnectorRolloutRead",
    "ConnectorRolloutReadRequestBody",
    "ConnectorRolloutReadResponse",
    "ConnectorRolloutRequestBody",
    "ConnectorRolloutResponse",
    "ConnectorRolloutStartRequestBody",
    "ConnectorRolloutStartResponse",
    "ConnectorRolloutState",
    "ConnectorRolloutStateTerminal",
    "ConnectorRolloutStrategy",
    "ConnectorRolloutTierFilter",
    "ConnectorRolloutUpdateStateRequestBody",
    "ConnectorType",
    "ConsumptionTimeWindow",
    "ContributionInfo",
    "CreateActorDefinitionRequest",
    "CreateActorDefinitionResponse200",
    "CreateDeclarativeSourceDefinitionRequest",
    "CreateDefinitionRequest",
    "CreateNewAttemptNumberRequest",
    "CreateNewAttemptNumberResponse200",
    "CreateOrUpdateSecretsPersistenceConfigRequestBody",
    "CreateSsoConfigRequestBody",
    "CreditBlockRead",
    "CustomDestinationDefinitionCreate",
    "CustomSourceDefinitionCreate",
    "CustomerPortalRead",
    "CustomerPortalRequestBody",
    "CustomerPortalRequestBodyFlow",
    "CustomerPortalRequestBodyPlan",
    "CustomerTier",
    "DataType",
    "DataWorkerUsage",
    "DataplaneCreateRequest",
    "DataplaneCreateRequestBody",
    "DataplaneCreateResponse",
    "DataplaneCreateResponseBody",
    "DataplaneDeleteRequestBody",
    "DataplaneGroupCreateRequestBody",
    "DataplaneGroupDeleteRequestBody",
    "DataplaneGroupListRequestBody",
    "DataplaneGroupListResponse",
    "DataplaneGroupRead",
    "DataplaneGroupUpdateRequestBody",
    "DataplaneHealthListResponse",
    "DataplaneHealthRead",
    "DataplaneHealthReadStatus",
    "DataplaneHeartbeatRequestBody",
    "DataplaneHeartbeatResponse",
    "DataplaneInitRequestBody",
    "DataplaneInitResponse",
    "DataplaneListRequestBody",
    "DataplaneListResponse",
    "DataplanePatchRequest",
    "DataplaneRead",
    "DataplaneResponse",
    "DataplaneTokenRequestBody",
    "DataplaneUpdateRequestBody",
    "DataplanesResponse",
    "DbMigrationExecutionRead",
    "DbMigrationRead",
    "DbMigrationReadList",
    "DbMigrationRequestBody",
    "DbMigrationState",
    "DbtCloudJobInfo",
    "DeadlineAction",
    "DeclarativeManifestBaseImageRead",
    "DeclarativeManifestRead",
    "DeclarativeManifestRequestBody",
    "DeclarativeManifestVersionRead",
    "DeclarativeManifestsReadList",
    "DeclarativeSourceDefinitionCreateManifestRequestBody",
    "DeclarativeSourceDefinitionResponse",
    "DeclarativeSourceDefinitionsResponse",
    "DeclarativeSourceManifest",
    "DefinitionResponse",
    "DefinitionsResponse",
    "DeleteSsoConfigRequestBody",
    "DeleteStreamResetRecordsForJobRequest",
    "DeploymentMetadataRead",
    "DestinationCatalog",
    "DestinationCloneConfiguration",
    "DestinationCloneRequestBody",
    "DestinationCoreConfig",
    "DestinationCreate",
    "DestinationCreateRequest",
    "DestinationDefinitionCreate",
    "DestinationDefinitionIdRequestBody",
    "DestinationDefinitionIdWithWorkspaceId",
    "DestinationDefinitionRead",
    "DestinationDefinitionReadList",
    "DestinationDefinitionSpecificationRead",
    "DestinationDefinitionUpdate",
    "DestinationDiscoverRead",
    "DestinationDiscoverSchemaRequestBody",
    "DestinationDiscoverSchemaWriteRequestBody",
    "DestinationIdRequestBody",
    "DestinationOauthConsentRequest",
    "DestinationOperation",
    "DestinationPatchRequest",
    "DestinationPutRequest",
    "DestinationRead",
    "DestinationReadList",
    "DestinationResponse",
    "DestinationSearch",
    "DestinationSnippetRead",
    "DestinationSyncMode",
    "DestinationUpdate",
    "DestinationsResponse",
    "DiagnosticReportRequestBody",
    "DiffCatalogsRequest",
    "DiffCatalogsResponse200",
    "DiscoverCatalogResult",
    "DomainVerificationCreateRequestBody",
    "DomainVerificationIdRequestBody",
    "DomainVerificationListResponse",
    "DomainVerificationResponse",
    "DomainVerificationResponseStatus",
    "DomainVerificationResponseVerificationMethod",
    "EmailNotificationConfig",
    "EmbeddedOrganizationListItem",
    "EmbeddedOrganizationsList",
    "EmbeddedScopedTokenRequest",
    "EmbeddedScopedTokenResponse",
    "EmbeddedSourceOauthConsentRequest",
    "EmbeddedWidgetRequest",
    "EmbeddedWidgetResponse",
    "EnableScimRequestBody",
    "EncryptionMapperAesConfiguration",
    "EncryptionMapperAesConfigurationMode",
    "EncryptionMapperAesConfigurationPadding",
    "EncryptionMapperAlgorithm",
    "EncryptionMapperConfiguration",
    "EncryptionMapperRsaConfiguration",
    "EndpointPrivateLinkServiceConfig",
    "EndpointPrivateLinkServiceConfigType",
    "EnterpriseConnectorStub",
    "EnterpriseConnectorStubsReadList",
    "EntitlementPlanInfo",
    "EntitlementPlanResponse",
    "ExistingConnectorBuilderProjectWithWorkspaceId",
    "FailAttemptRequest",
    "FailureOrigin",
    "FailureReason",
    "FailureType",
    "FieldAdd",
    "FieldDataTypeDiff",
    "FieldFilteringMapperConfiguration",
    "FieldRemove",
    "FieldRenamingMapperConfiguration",
    "FieldSchemaUpdate",
    "FieldSpec",
    "FieldSpecType",
    "FieldTransform",
    "FieldTransformTransformType",
    "FinishActorDefinitionUpdateResponse200",
    "GenerateContributionRequestBody",
    "GenerateContributionResponse",
    "GetActorDefinitionResultRequest",
    "GetActorDefinitionResultResponse200",
    "GetActorDefinitionResultResponse200Status",
    "GetActorDefinitionVersionDefaultRequestBody",
    "GetAttemptStatsRequestBody",
    "GetCheckCommandOutputRequest",
    "GetCheckCommandOutputResponse200",
    "GetCheckCommandOutputResponse200Status",
    "GetCommandRequest",
    "GetCommandResponse200",
    "GetCommandStatusRequest",
    "GetCommandStatusResponse200",
    "GetCommandStatusResponse200Status",
    "GetDiscoverCommandOutputRequest",
    "GetDiscoverCommandOutputResponse200",
    "GetDiscoverCommandOutputResponse200Status",
    "GetEntitlementsByOrganizationIdRequestBody",
    "GetEntitlementsByOrganizationIdResponse",
    "GetReplicateCommandOutputRequest",
    "GetReplicateCommandOutputResponse200",
    "GetSpecCommandOutputRequest",
    "GetSpecCommandOutputResponse200",
    "GetSpecCommandOutputResponse200Status",
    "GetSsoConfigRequestBody",
    "GetWebhookConfigRequest",
    "GetWebhookConfigResponse200",
    "GlobalState",
    "GroupCreate",
    "GroupCreateRequest",
    "GroupIdRequestBody",
    "GroupMemberAddRequest",
    "GroupMemberRead",
    "GroupMemberReadList",
    "GroupMemberRequestBody",
    "GroupMemberResponse",
    "GroupMembersResponse",
    "GroupPermissionCreate",
    "GroupPermissionCreateRequest",
    "GroupPermissionIdRequestBody",
    "GroupPermissionRead",
    "GroupPermissionReadList",
    "GroupPermissionResponse",
    "GroupPermissionsResponse",
    "GroupRead",
    "GroupReadList",
    "GroupResponse",
    "GroupUpdate",
    "GroupUpdateRequest",
    "GroupsResponse",
    "HashingMapperConfiguration",
    "HashingMapperConfigurationMethod",
    "HealthCheckRead",
    "HeartbeatRecord",
    "ImportRead",
    "ImportReadStatus",
    "ImportRequestBody",
    "IndividualWorkspaceUsageRead",
    "IndividualWorkspaceUsageReadWorkspace",
    "InitiateOauthRequest",
    "InitiateOauthRequestClientType",
    "InstanceConfigurationResponse",
    "InstanceConfigurationResponseEdition",
    "InstanceConfigurationResponseTrackingStrategy",
    "InstanceConfigurationSetupRequestBody",
    "InternalOperationResult",
    "InvalidInputExceptionInfo",
    "InvalidInputProperty",
    "InviteCodeRequestBody",
    "InvoiceRead",
    "InvoiceReadStatus",
    "JobAggregatedStats",
    "JobConfigType",
    "JobCreate",
    "JobCreateRequest",
    "JobDebugInfoRead",
    "JobDebugRead",
    "JobExplainRead",
    "JobFailureRequest",
    "JobIdRequestBody",
    "JobInfoLightRead",
    "JobInfoRead",
    "JobListForWorkspacesRequestBody",
    "JobListForWorkspacesRequestBodyOrderByField",
    "JobListForWorkspacesRequestBodyOrderByMethod",
    "JobListRequestBody",
    "JobListRequestBodyOrderByField",
    "JobListRequestBodyOrderByMethod",
    "JobLogs",
    "JobOptionalRead",
    "JobRead",
    "JobReadList",
    "JobReadResponse",
    "JobRefreshConfig",
    "JobResponse",
    "JobRetryStateRequestBody",
    "JobStatus",
    "JobStatusEnum",
    "JobSuccessWithAttemptNumberRequest",
    "JobSyncResultRead",
    "JobType",
    "JobTypeEnum",
    "JobTypeResourceLimit",
    "JobWithAttemptsRead",
    "JobsResponse",
    "KnownExceptionInfo",
    "LicenseInfoResponse",
    "LicenseStatus",
    "Limit",
    "ListAllEntitlementPlansResponse",
    "ListConnectionsForWorkspacesRequestBody",
    "ListDeclarativeManifestsRequestBody",
    "ListInvoicesRead",
    "ListOrganizationSummariesRequestBody",
    "ListOrganizationSummariesResponse",
    "ListOrganizationsByUserRequestBody",
    "ListResourcesForWorkspacesRequestBody",
    "ListWorkspacesByUserRequestBody",
    "ListWorkspacesInOrganizationRequestBody",
    "LogCaller",
    "LogEvent",
    "LogEvents",
    "LogFormatType",
    "LogLevel",
    "LogRead",
    "LogSource",
    "LogType",
    "LogsRequestBody",
    "MapperConfiguration",
    "MapperValidationError",
    "MapperValidationErrorType",
    "MapperValidationResult",
    "MigrateSecretStorageRequestBody",
    "NamespaceDefinitionEnum",
    "NamespaceDefinitionEnumNoDefault",
    "NamespaceDefinitionType",
    "NonBreakingChangesPreference",
    "NonBreakingSchemaUpdatesBehaviorEnum",
    "NonBreakingSchemaUpdatesBehaviorEnumNoDefault",
    "NotFoundKnownExceptionInfo",
    "Notification",
    "NotificationConfig",
    "NotificationItem",
    "NotificationRead",
    "NotificationReadStatus",
    "NotificationSettings",
    "NotificationTrigger",
    "NotificationType",
    "NotificationWebhookConfigValidationRequestBody",
    "NotificationsConfig",
    "OAuthConfigSpecification",
    "OAuthConsentRead",
    "OAuthScopeItem",
    "OperationCreate",
    "OperationIdRequestBody",
    "OperationRead",
    "OperationReadList",
    "OperationUpdate",
    "OperatorConfiguration",
    "OperatorType",
    "OperatorWebhook",
    "OperatorWebhookDbtCloud",
    "OperatorWebhookWebhookType",
    "OrganizationAgenticStatusUpdateRequestBody",
    "OrganizationCreateRequestBody",
    "OrganizationDataWorkerUsageRead",
    "OrganizationDataWorkerUsageRequestBody",
    "OrganizationIdRequestBody",
    "OrganizationInfoRead",
    "OrganizationInfoReadBilling",
    "OrganizationInfoReadBillingAccountType",
    "OrganizationInfoReadBillingPaymentStatus",
    "OrganizationInfoReadBillingSubscriptionStatus",
    "OrganizationIsEntitledRequestBody",
    "OrganizationIsEntitledResponse",
    "OrganizationLimits",
    "OrganizationOAuthCredentialsRequest",
    "OrganizationPaymentConfigRead",
    "OrganizationPaymentConfigReadPaymentStatus",
    "OrganizationPaymentConfigReadSubscriptionStatus",
    "OrganizationPaymentConfigReadUsageCategoryOverwrite",
    "OrganizationPaymentConfigUpdateRequestBody",
    "OrganizationPaymentConfigUpdateRequestBodyPaymentStatus",
    "OrganizationPaymentConfigUpdateRequestBodyUsageCategoryOverwrite",
    "OrganizationRead",
    "OrganizationReadList",
    "OrganizationResponse",
    "OrganizationSubscriptionInfoRead",
    "OrganizationSubscriptionInfoReadCredits",
    "OrganizationSubscriptionInfoReadUpcomingInvoice",
    "OrganizationSummary",
    "OrganizationTrialStatusRead",
    "OrganizationTrialStatusReadTrialStatus",
    "OrganizationUpdateRequestBody",
    "OrganizationUsageRead",
    "OrganizationUsageRequestBody",
    "OrganizationUserRead",
    "OrganizationUserReadList",
    "OrganizationsResponse",
    "Pagination",
    "PartialDestinationUpdate",
    "PartialSourceUpdate",
    "PaymentInformationRead",
    "PaymentInformationReadCustomer",
    "PaymentMethodRead",
    "PermissionCheckRead",
    "PermissionCheckReadStatus",
    "PermissionCheckRequest",
    "PermissionCreate",
    "PermissionCreateRequest",
    "PermissionDeleteUserFromWorkspaceRequestBody",
    "PermissionIdRequestBody",
    "PermissionRead",
    "PermissionReadList",
    "PermissionResponse",
    "PermissionResponseRead",
    "PermissionScope",
    "PermissionType",
    "PermissionUpdate",
    "PermissionUpdateRequest",
    "PermissionsCheckMultipleWorkspacesRequest",
    "PermissionsResponse",
    "PersistCancelJobRequestBody",
    "PostprocessDiscoveredCatalogRequestBody",
    "PostprocessDiscoveredCatalogResult",
    "PrivateDestinationDefinitionRead",
    "PrivateDestinationDefinitionReadList",
    "PrivateLinkCreateRequestBody",
    "PrivateLinkIdRequestBody",
    "PrivateLinkInternalIdRequestBody",
    "PrivateLinkListByStatusRequestBody",
    "PrivateLinkListRequestBody",
    "PrivateLinkRead",
    "PrivateLinkReadList",
    "PrivateLinkServiceConfig",
    "PrivateLinkServiceType",
    "PrivateLinkStatus",
    "PrivateLinkUpdateRequestBody",
    "PrivateSourceDefinitionRead",
    "PrivateSourceDefinitionReadList",
    "PublicAccessTokenResponse",
    "PublicAccessTokenResponseTokenType",
    "PublicPermissionType",
    "RedirectUrlResponse",
    "RefreshMode",
    "RegionCreateRequest",
    "RegionDataWorkerUsage",
    "RegionPatchRequest",
    "RegionResponse",
    "RegionsResponse",
    "ReleaseStage",
    "ReportJobStartRequest",
    "ResetConfig",
    "ResolveActorDefinitionVersionRequestBody",
    "ResolveActorDefinitionVersionResponse",
    "ResourceRequirements",
    "RetryStateRead",
    "RevokeSourceOauthTokensRequest",
    "RowFilteringMapperConfiguration",
    "RowFilteringOperation",
    "RowFilteringOperationEqual",
    "RowFilteringOperationNot",
    "RowFilteringOperationType",
    "RunCheckCommandRequest",
    "RunCheckCommandResponse200",
    "RunDiscoverCommandRequest",
    "RunDiscoverCommandResponse200",
    "RunReplicateCommandRequest",
    "RunReplicateCommandResponse200",
    "RunSpecCommandRequest",
    "RunSpecCommandResponse200",
    "SaveAttemptSyncConfigRequestBody",
    "SaveStatsRequestBody",
    "SaveStreamAttemptMetadataRequestBody",
    "ScheduleTypeEnum",
    "ScheduleTypeWithBasicEnum",
    "SchemaChange",
    "SchemaChangeBackfillPreference",
    "ScimConfigResponse",
    "ScimConfigStatus",
    "ScimIdpProvider",
    "ScopeType",
    "ScopedConfigurationContextRequestBody",
    "ScopedConfigurationContextResponse",
    "ScopedConfigurationCreateRequestBody",
    "ScopedConfigurationCreateResponse",
    "ScopedConfigurationDeleteRequestBody",
    "ScopedConfigurationDeleteResponse",
    "ScopedConfigurationListRequestBody",
    "ScopedConfigurationListResponse",
    "ScopedConfigurationRead",
    "ScopedConfigurationReadRequestBody",
    "ScopedConfigurationReadResponse",
    "ScopedConfigurationUpdateRequestBody",
    "ScopedConfigurationUpdateResponse",
    "ScopedResourceRequirements",
    "SecretPersistenceConfig",
    "SecretPersistenceConfigGetRequestBody",
    "SecretPersistenceType",
    "SecretStorageCreateRequestBody",
    "SecretStorageIdRequestBody",
    "SecretStorageListRequestBody",
    "SecretStorageRead",
    "SecretStorageReadList",
    "SecretStorageType",
    "SelectedFieldInfo",
    "ServiceAccountTokenRequestBody",
    "SetInstancewideDestinationOauthParamsRequestBody",
    "SetInstancewideSourceOauthParamsRequestBody",
    "SetJobQueuedRequest",
    "SignalInput",
    "SlackNotificationConfiguration",
    "SlugRequestBody",
    "SourceAutoPropagateChange",
    "SourceCloneConfiguration",
    "SourceCloneRequestBody",
    "SourceCoreConfig",
    "SourceCreate",
    "SourceCreateRequest",
    "SourceDefinitionCreate",
    "SourceDefinitionIdBody",
    "SourceDefinitionIdRequestBody",
    "SourceDefinitionIdWithWorkspaceId",
    "SourceDefinitionRead",
    "SourceDefinitionReadList",
    "SourceDefinitionReadSourceType",
    "SourceDefinitionSpecificationRead",
    "SourceDefinitionUpdate",
    "SourceDiscoverSchemaRead",
    "SourceDiscoverSchemaRequestBody",
    "SourceDiscoverSchemaWriteRequestBody",
    "SourceIdRequestBody",
    "SourceIdWithSecretCoordinatesRequestBody",
    "SourceMetadata",
    "SourceOAuthScopesRead",
    "SourceOAuthScopesReadScopeJoinStrategy",
    "SourceOAuthScopesRequest",
    "SourceOauthConsentRequest",
    "SourcePatchRequest",
    "SourcePutRequest",
    "SourceRead",
    "SourceReadList",
    "SourceReadWithMetadata",
    "SourceResponse",
    "SourceSearch",
    "SourceSnippetRead",
    "SourceUpdate",
    "SourcesResponse",
    "SsoConfigDefaultRole",
    "SsoConfigRead",
    "SsoConfigStatus",
    "StoragePrivateLinkServiceConfig",
    "StoragePrivateLinkServiceConfigType",
    "StreamAttemptMetadata",
    "StreamAttributePrimaryKeyUpdate",
    "StreamAttributeTransform",
    "StreamAttributeTransformTransformType",
    "StreamConfiguration",
    "StreamConfigurations",
    "StreamCursorFieldDiff",
    "StreamDescriptor",
    "StreamFieldStatusChanged",
    "StreamFieldStatusChangedStatus",
    "StreamMapperType",
    "StreamPrimaryKeyDiff",
    "StreamProperties",
    "StreamState",
    "StreamStats",
    "StreamStatusCreateRequestBody",
    "StreamStatusIncompleteRunCause",
    "StreamStatusJobType",
    "StreamStatusListRequestBody",
    "StreamStatusRateLimitedMetadata",
    "StreamStatusRead",
    "StreamStatusReadList",
    "StreamStatusRunState",
    "StreamStatusUpdateRequestBody",
    "StreamSyncModeDiff",
    "StreamSyncProgressReadItem",
    "StreamTransform",
    "StreamTransformTransformType",
    "StreamTransformUpdateStream",
    "SupportLevel",
    "SupportState",
    "SyncInput",
    "SyncMode",
    "SynchronousJobRead",
    "Tag",
    "TagCreateRequest",
    "TagCreateRequestBody",
    "TagDeleteRequestBody",
    "TagListRequestBody",
    "TagPatchRequest",
    "TagResponse",
    "TagUpdateRequestBody",
    "TagsResponse",
    "TimeWindowRequestBody",
    "TimeframeUsage",
    "UpdateActiveManifestRequestBody",
    "UpdateActorDefinitionRequest",
    "UpdateActorDefinitionResponse200",
    "UpdateDeclarativeSourceDefinitionRequest",
    "UpdateDefinitionRequest",
    "UpdateOrganizationEntitlementPlanRequestBody",
    "UpdateOrganizationEntitlementPlanRequestBodyPlanName",
    "UpdateOrganizationEntitlementPlanResponse",
    "UpdateSsoCredentialsRequestBody",
    "UploadRead",
    "UploadReadStatus",
    "UsageBucket",
    "UserAuthIdRequestBody",
    "UserEmailRequestBody",
    "UserGetOrCreateByAuthIdResponse",
    "UserIdRequestBody",
    "UserInvitationAdminRead",
    "UserInvitationCancelRequestBody",
    "UserInvitationCreateRequestBody",
    "UserInvitationCreateResponse",
    "UserInvitationListRequestBody",
    "UserInvitationRead",
    "UserInvitationStatus",
    "UserRead",
    "UserReadInConnectionEvent",
    "UserResponse",
    "UserStatus",
    "UserUpdate",
    "UserWithPermissionInfoRead",
    "UserWithPermissionInfoReadList",
    "UsersResponse",
    "ValidateSsoTokenRequestBody",
    "WebBackendCheckUpdatesRead",
    "WebBackendConnectionCreate",
    "WebBackendConnectionListFilters",
    "WebBackendConnectionListFiltersStatusesItem",
    "WebBackendConnectionListItem",
    "WebBackendConnectionListRequestBody",
    "WebBackendConnectionListSortKey",
    "WebBackendConnectionRead",
    "WebBackendConnectionReadList",
    "WebBackendConnectionRequestBody",
    "WebBackendConnectionStatusCounts",
    "WebBackendConnectionUpdate",
    "WebBackendCronExpressionDescription",
    "WebBackendDescribeCronExpressionRequestBody",
    "WebBackendOperationCreateOrUpdate",
    "WebBackendValidateMappersRequestBody",
    "WebBackendValidateMappersResponse",
    "WebBackendWorkspaceState",
    "WebBackendWorkspaceStateResult",
    "WebappConfigResponse",
    "WebhookConfigRead",
    "WebhookConfigWrite",
    "WebhookNotificationConfig",
    "WorkflowStateRead",
    "WorkloadPriority",
    "WorkspaceCreate",
    "WorkspaceCreateRequest",
    "WorkspaceCreateWithId",
    "WorkspaceDataWorkerAvailabilityRead",
    "WorkspaceDataWorkerAvailabilityRequestBody",
    "WorkspaceDataWorkerUsage",
    "WorkspaceGetDbtJobsRequest",
    "WorkspaceGetDbtJobsResponse",
    "WorkspaceGiveFeedback",
    "WorkspaceIdActorDefinitionRequestBody",
    "WorkspaceIdList",
    "WorkspaceIdRequestBody",
    "WorkspaceLimits",
    "WorkspaceOAuthCredentialsRequest",
    "WorkspaceOverrideOauthParamsRequestBody",
    "WorkspaceRead",
    "WorkspaceReadList",
    "WorkspaceResponse",
    "WorkspaceUpdate",
    "WorkspaceUpdateName",
    "WorkspaceUpdateOrganization",
    "WorkspaceUpdateRequest",
    "WorkspaceUsageRead",
    "WorkspaceUsageRequestBody",
    "WorkspaceUserAccessInfoRead",
    "WorkspaceUserAccessInfoReadList",
    "WorkspaceUserRead",
    "WorkspaceUserReadList",
    "WorkspacesResponse",
    "WriteWorkloadOutputRequest",
]


def __getattr__(name: str) -> Any:
    """Import a name's module on first use, so importing the package stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
