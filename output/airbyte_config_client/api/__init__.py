"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor_definition_api import ActorDefinitionApi as ActorDefinitionApi
    from .actor_definition_api import AsyncActorDefinitionApi as AsyncActorDefinitionApi
    from .actor_definition_version_api import ActorDefinitionVersionApi as ActorDefinitionVersionApi
    from .actor_definition_version_api import (
        AsyncActorDefinitionVersionApi as AsyncActorDefinitionVersionApi,
    )
    from .applications_api import ApplicationsApi as ApplicationsApi
    from .applications_api import AsyncApplicationsApi as AsyncApplicationsApi
    from .attempt_api import AsyncAttemptApi as AsyncAttemptApi
    from .attempt_api import AttemptApi as AttemptApi
    from .audit_logs_api import AsyncAuditLogsApi as AsyncAuditLogsApi
    from .audit_logs_api import AuditLogsApi as AuditLogsApi
    from .billing_api import AsyncBillingApi as AsyncBillingApi
    from .billing_api import BillingApi as BillingApi
    from .catalog_api import AsyncCatalogApi as AsyncCatalogApi
    from .catalog_api import CatalogApi as CatalogApi
    from .command_api import AsyncCommandApi as AsyncCommandApi
    from .command_api import CommandApi as CommandApi
    from .connection_api import AsyncConnectionApi as AsyncConnectionApi
    from .connection_api import ConnectionApi as ConnectionApi
    from .connector_builder_assist_api import (
        AsyncConnectorBuilderAssistApi as AsyncConnectorBuilderAssistApi,
    )
    from .connector_builder_assist_api import ConnectorBuilderAssistApi as ConnectorBuilderAssistApi
    from .connector_builder_project_api import (
        AsyncConnectorBuilderProjectApi as AsyncConnectorBuilderProjectApi,
    )
    from .connector_builder_project_api import (
        ConnectorBuilderProjectApi as ConnectorBuilderProjectApi,
    )
    from .connector_documentation_api import (
        AsyncConnectorDocumentationApi as AsyncConnectorDocumentationApi,
    )
    from .connector_documentation_api import ConnectorDocumentationApi as ConnectorDocumentationApi
    from .connector_rollout_api import AsyncConnectorRolloutApi as AsyncConnectorRolloutApi
    from .connector_rollout_api import ConnectorRolloutApi as ConnectorRolloutApi
    from .dataplane_api import AsyncDataplaneApi as AsyncDataplaneApi
    from .dataplane_api import DataplaneApi as DataplaneApi
    from .dataplane_group_api import AsyncDataplaneGroupApi as AsyncDataplaneGroupApi
    from .dataplane_group_api import DataplaneGroupApi as DataplaneGroupApi
    from .dataplanes_api import AsyncDataplanesApi as AsyncDataplanesApi
    from .dataplanes_api import DataplanesApi as DataplanesApi
    from .declarative_source_definitions_api import (
        AsyncDeclarativeSourceDefinitionsApi as AsyncDeclarativeSourceDefinitionsApi,
    )
    from .declarative_source_definitions_api import (
        DeclarativeSourceDefinitionsApi as DeclarativeSourceDefinitionsApi,
    )
    from .deployment_metadata_api import AsyncDeploymentMetadataApi as AsyncDeploymentMetadataApi
    from .deployment_metadata_api import DeploymentMetadataApi as DeploymentMetadataApi
    from .destination_api import AsyncDestinationApi as AsyncDestinationApi
    from .destination_api import DestinationApi as DestinationApi
    from .destination_definition_api import (
        AsyncDestinationDefinitionApi as AsyncDestinationDefinitionApi,
    )
    from .destination_definition_api import DestinationDefinitionApi as DestinationDefinitionApi
    from .destination_definition_specification_api import (
        AsyncDestinationDefinitionSpecificationApi as AsyncDestinationDefinitionSpecificationApi,
    )
    from .destination_definition_specification_api import (
        DestinationDefinitionSpecificationApi as DestinationDefinitionSpecificationApi,
    )
    from .destination_oauth_api import AsyncDestinationOauthApi as AsyncDestinationOauthApi
    from .destination_oauth_api import DestinationOauthApi as DestinationOauthApi
    from .diagnostic_tool_api import AsyncDiagnosticToolApi as AsyncDiagnosticToolApi
    from .diagnostic_tool_api import DiagnosticToolApi as DiagnosticToolApi
    from .domain_verifications_api import AsyncDomainVerificationsApi as AsyncDomainVerificationsApi
    from .domain_verifications_api import DomainVerificationsApi as DomainVerificationsApi
    from .entitlements_api import AsyncEntitlementsApi as AsyncEntitlementsApi
    from .entitlements_api import EntitlementsApi as EntitlementsApi
    from .group_api import AsyncGroupApi as AsyncGroupApi
    from .group_api import GroupApi as GroupApi
    from .group_permission_api import AsyncGroupPermissionApi as AsyncGroupPermissionApi
    from .group_permission_api import GroupPermissionApi as GroupPermissionApi
    from .health_api import AsyncHealthApi as AsyncHealthApi
    from .health_api import HealthApi as HealthApi
    from .instance_configuration_api import (
        AsyncInstanceConfigurationApi as AsyncInstanceConfigurationApi,
    )
    from .instance_configuration_api import InstanceConfigurationApi as InstanceConfigurationApi
    from .job_retry_states_api import AsyncJobRetryStatesApi as AsyncJobRetryStatesApi
    from .job_retry_states_api import JobRetryStatesApi as JobRetryStatesApi
    from .jobs_api import AsyncJobsApi as AsyncJobsApi
    from .jobs_api import JobsApi as JobsApi
    from .notifications_api import AsyncNotificationsApi as AsyncNotificationsApi
    from .notifications_api import NotificationsApi as NotificationsApi
    from .openapi_api import AsyncOpenapiApi as AsyncOpenapiApi
    from .openapi_api import OpenapiApi as OpenapiApi
    from .operation_api import AsyncOperationApi as AsyncOperationApi
    from .operation_api import OperationApi as OperationApi
    from .organization_api import AsyncOrganizationApi as AsyncOrganizationApi
    from .organization_api import OrganizationApi as OrganizationApi
    from .organization_payment_config_api import (
        AsyncOrganizationPaymentConfigApi as AsyncOrganizationPaymentConfigApi,
    )
    from .organization_payment_config_api import (
        OrganizationPaymentConfigApi as OrganizationPaymentConfigApi,
    )
    from .permission_api import AsyncPermissionApi as AsyncPermissionApi
    from .permission_api import PermissionApi as PermissionApi
    from .private_link_api import AsyncPrivateLinkApi as AsyncPrivateLinkApi
    from .private_link_api import PrivateLinkApi as PrivateLinkApi
    from .public_api import AsyncPublicApi as AsyncPublicApi
    from .public_api import PublicApi as PublicApi
    from .public_applications_api import AsyncPublicApplicationsApi as AsyncPublicApplicationsApi
    from .public_applications_api import PublicApplicationsApi as PublicApplicationsApi
    from .public_connections_api import AsyncPublicConnectionsApi as AsyncPublicConnectionsApi
    from .public_connections_api import PublicConnectionsApi as PublicConnectionsApi
    from .public_connector_definitions_api import (
        AsyncPublicConnectorDefinitionsApi as AsyncPublicConnectorDefinitionsApi,
    )
    from .public_connector_definitions_api import (
        PublicConnectorDefinitionsApi as PublicConnectorDefinitionsApi,
    )
    from .public_dataplanes_api import AsyncPublicDataplanesApi as AsyncPublicDataplanesApi
    from .public_dataplanes_api import PublicDataplanesApi as PublicDataplanesApi
    from .public_declarative_source_definitions_api import (
        AsyncPublicDeclarativeSourceDefinitionsApi as AsyncPublicDeclarativeSourceDefinitionsApi,
    )
    from .public_declarative_source_definitions_api import (
        PublicDeclarativeSourceDefinitionsApi as PublicDeclarativeSourceDefinitionsApi,
    )
    from .public_destination_definitions_api import (
        AsyncPublicDestinationDefinitionsApi as AsyncPublicDestinationDefinitionsApi,
    )
    from .public_destination_definitions_api import (
        PublicDestinationDefinitionsApi as PublicDestinationDefinitionsApi,
    )
    from .public_destinations_api import AsyncPublicDestinationsApi as AsyncPublicDestinationsApi
    from .public_destinations_api import PublicDestinationsApi as PublicDestinationsApi
    from .public_group_members_api import AsyncPublicGroupMembersApi as AsyncPublicGroupMembersApi
    from .public_group_members_api import PublicGroupMembersApi as PublicGroupMembersApi
    from .public_group_permissions_api import (
        AsyncPublicGroupPermissionsApi as AsyncPublicGroupPermissionsApi,
    )
    from .public_group_permissions_api import PublicGroupPermissionsApi as PublicGroupPermissionsApi
    from .public_groups_api import AsyncPublicGroupsApi as AsyncPublicGroupsApi
    from .public_groups_api import PublicGroupsApi as PublicGroupsApi
    from .public_health_api import AsyncPublicHealthApi as AsyncPublicHealthApi
    from .public_health_api import PublicHealthApi as PublicHealthApi
    from .public_jobs_api import AsyncPublicJobsApi as AsyncPublicJobsApi
    from .public_jobs_api import PublicJobsApi as PublicJobsApi
    from .public_oauth_api import AsyncPublicOauthApi as AsyncPublicOauthApi
    from .public_oauth_api import PublicOauthApi as PublicOauthApi
    from .public_organizations_api import AsyncPublicOrganizationsApi as AsyncPublicOrganizationsApi
    from .public_organizations_api import PublicOrganizationsApi as PublicOrganizationsApi
    from .public_permissions_api import AsyncPublicPermissionsApi as AsyncPublicPermissionsApi
    from .public_permissions_api import PublicPermissionsApi as PublicPermissionsApi
    from .public_regions_api import AsyncPublicRegionsApi as AsyncPublicRegionsApi
    from .public_regions_api import PublicRegionsApi as PublicRegionsApi
    from .public_root_api import AsyncPublicRootApi as AsyncPublicRootApi
    from .public_root_api import PublicRootApi as PublicRootApi
    from .public_source_definitions_api import (
        AsyncPublicSourceDefinitionsApi as AsyncPublicSourceDefinitionsApi,
    )
    from .public_source_definitions_api import (
        PublicSourceDefinitionsApi as PublicSourceDefinitionsApi,
    )
    from .public_sources_api import AsyncPublicSourcesApi as AsyncPublicSourcesApi
    from .public_sources_api import PublicSourcesApi as PublicSourcesApi
    from .public_streams_api import AsyncPublicStreamsApi as AsyncPublicStreamsApi
    from .public_streams_api import PublicStreamsApi as PublicStreamsApi
    from .public_tags_api import AsyncPublicTagsApi as AsyncPublicTagsApi
    from .public_tags_api import PublicTagsApi as PublicTagsApi
    from .public_users_api import AsyncPublicUsersApi as AsyncPublicUsersApi
    from .public_users_api import PublicUsersApi as PublicUsersApi
    from .public_workspaces_api import AsyncPublicWorkspacesApi as AsyncPublicWorkspacesApi
    from .public_workspaces_api import PublicWorkspacesApi as PublicWorkspacesApi
    from .scheduler_api import AsyncSchedulerApi as AsyncSchedulerApi
    from .scheduler_api import SchedulerApi as SchedulerApi
    from .scim_config_api import AsyncScimConfigApi as AsyncScimConfigApi
    from .scim_config_api import ScimConfigApi as ScimConfigApi
    from .scoped_configuration_api import AsyncScopedConfigurationApi as AsyncScopedConfigurationApi
    from .scoped_configuration_api import ScopedConfigurationApi as ScopedConfigurationApi
    from .secret_storage_api import AsyncSecretStorageApi as AsyncSecretStorageApi
    from .secret_storage_api import SecretStorageApi as SecretStorageApi
    from .secrets_persistence_config_api import (
        AsyncSecretsPersistenceConfigApi as AsyncSecretsPersistenceConfigApi,
    )
    from .secrets_persistence_config_api import (
        SecretsPersistenceConfigApi as SecretsPersistenceConfigApi,
    )
    from .service_accounts_api import AsyncServiceAccountsApi as AsyncServiceAccountsApi
    from .service_accounts_api import ServiceAccountsApi as ServiceAccountsApi
    from .signal_api import AsyncSignalApi as AsyncSignalApi
    from .signal_api import SignalApi as SignalApi
    from .source_api import AsyncSourceApi as AsyncSourceApi
    from .source_api import SourceApi as SourceApi
    from .source_definition_api import AsyncSourceDefinitionApi as AsyncSourceDefinitionApi
    from .source_definition_api import SourceDefinitionApi as SourceDefinitionApi
    from .source_definition_specification_api import (
        AsyncSourceDefinitionSpecificationApi as AsyncSourceDefinitionSpecificationApi,
    )
    from .source_definition_specification_api import (
        SourceDefinitionSpecificationApi as SourceDefinitionSpecificationApi,
    )
    from .source_oauth_api import AsyncSourceOauthApi as AsyncSourceOauthApi
    from .source_oauth_api import SourceOauthApi as SourceOauthApi
    from .sso_config_api import AsyncSsoConfigApi as AsyncSsoConfigApi
    from .sso_config_api import SsoConfigApi as SsoConfigApi
    from .state_api import AsyncStateApi as AsyncStateApi
    from .state_api import StateApi as StateApi
    from .stream_statuses_api import AsyncStreamStatusesApi as AsyncStreamStatusesApi
    from .stream_statuses_api import StreamStatusesApi as StreamStatusesApi
    from .tag_api import AsyncTagApi as AsyncTagApi
    from .tag_api import TagApi as TagApi
    from .user_api import AsyncUserApi as AsyncUserApi
    from .user_api import UserApi as UserApi
    from .user_invitation_api import AsyncUserInvitationApi as AsyncUserInvitationApi
    from .user_invitation_api import UserInvitationApi as UserInvitationApi
    from .web_backend_api import AsyncWebBackendApi as AsyncWebBackendApi
    from .web_backend_api import WebBackendApi as WebBackendApi
    from .workload_output_api import AsyncWorkloadOutputApi as AsyncWorkloadOutputApi
    from .workload_output_api import WorkloadOutputApi as WorkloadOutputApi
    from .workspace_api import AsyncWorkspaceApi as AsyncWorkspaceApi
    from .workspace_api import WorkspaceApi as WorkspaceApi

_EXPORTS: dict[str, str] = {
    "ActorDefinitionApi": ".actor_definition_api",
    "AsyncActorDefinitionApi": ".actor_definition_api",
    "ActorDefinitionVersionApi": ".actor_definition_version_api",
    "AsyncActorDefinitionVersionApi": ".actor_definition_version_api",
    "ApplicationsApi": ".applications_api",
    "AsyncApplicationsApi": ".applications_api",
    "AsyncAttemptApi": ".attempt_api",
    "AttemptApi": ".attempt_api",
    "AsyncAuditLogsApi": ".audit_logs_api",
    "AuditLogsApi": ".audit_logs_api",
    "AsyncBillingApi": ".billing_api",
    "BillingApi": ".billing_api",
    "AsyncCatalogApi": ".catalog_api",
    "CatalogApi": ".catalog_api",
    "AsyncCommandApi": ".command_api",
    "CommandApi": ".command_api",
    "AsyncConnectionApi": ".connection_api",
    "ConnectionApi": ".connection_api",
    "AsyncConnectorBuilderAssistApi": ".connector_builder_assist_api",
    "ConnectorBuilderAssistApi": ".connector_builder_assist_api",
    "AsyncConnectorBuilderProjectApi": ".connector_builder_project_api",
    "ConnectorBuilderProjectApi": ".connector_builder_project_api",
    "AsyncConnectorDocumentationApi": ".connector_documentation_api",
    "ConnectorDocumentationApi": ".connector_documentation_api",
    "AsyncConnectorRolloutApi": ".connector_rollout_api",
    "ConnectorRolloutApi": ".connector_rollout_api",
    "AsyncDataplaneApi": ".dataplane_api",
    "DataplaneApi": ".dataplane_api",
    "AsyncDataplaneGroupApi": ".dataplane_group_api",
    "DataplaneGroupApi": ".dataplane_group_api",
    "AsyncDataplanesApi": ".dataplanes_api",
    "DataplanesApi": ".dataplanes_api",
    "AsyncDeclarativeSourceDefinitionsApi": ".declarative_source_definitions_api",
    "DeclarativeSourceDefinitionsApi": ".declarative_source_definitions_api",
    "AsyncDeploymentMetadataApi": ".deployment_metadata_api",
    "DeploymentMetadataApi": ".deployment_metadata_api",
    "AsyncDestinationApi": ".destination_api",
    "DestinationApi": ".destination_api",
    "AsyncDestinationDefinitionApi": ".destination_definition_api",
    "DestinationDefinitionApi": ".destination_definition_api",
    "AsyncDestinationDefinitionSpecificationApi": ".destination_definition_specification_api",
    "DestinationDefinitionSpecificationApi": ".destination_definition_specification_api",
    "AsyncDestinationOauthApi": ".destination_oauth_api",
    "DestinationOauthApi": ".destination_oauth_api",
    "AsyncDiagnosticToolApi": ".diagnostic_tool_api",
    "DiagnosticToolApi": ".diagnostic_tool_api",
    "AsyncDomainVerificationsApi": ".domain_verifications_api",
    "DomainVerificationsApi": ".domain_verifications_api",
    "AsyncEntitlementsApi": ".entitlements_api",
    "EntitlementsApi": ".entitlements_api",
    "AsyncGroupApi": ".group_api",
    "GroupApi": ".group_api",
    "AsyncGroupPermissionApi": ".group_permission_api",
    "GroupPermissionApi": ".group_permission_api",
    "AsyncHealthApi": ".health_api",
    "HealthApi": ".health_api",
    "AsyncInstanceConfigurationApi": ".instance_configuration_api",
    "InstanceConfigurationApi": ".instance_configuration_api",
    "AsyncJobRetryStatesApi": ".job_retry_states_api",
    "JobRetryStatesApi": ".job_retry_states_api",
    "AsyncJobsApi": ".jobs_api",
    "JobsApi": ".jobs_api",
    "AsyncNotificationsApi": ".notifications_api",
    "NotificationsApi": ".notifications_api",
    "AsyncOpenapiApi": ".openapi_api",
    "OpenapiApi": ".openapi_api",
    "AsyncOperationApi": ".operation_api",
    "OperationApi": ".operation_api",
    "AsyncOrganizationApi": ".organization_api",
    "OrganizationApi": ".organization_api",
    "AsyncOrganizationPaymentConfigApi": ".organization_payment_config_api",
    "OrganizationPaymentConfigApi": ".organization_payment_config_api",
    "AsyncPermissionApi": ".permission_api",
    "PermissionApi": ".permission_api",
    "AsyncPrivateLinkApi": ".private_link_api",
    "PrivateLinkApi": ".private_link_api",
    "AsyncPublicApi": ".public_api",
    "PublicApi": ".public_api",
    "AsyncPublicApplicationsApi": ".public_applications_api",
    "PublicApplicationsApi": ".public_applications_api",
    "AsyncPublicConnectionsApi": ".public_connections_api",
    "PublicConnectionsApi": ".public_connections_api",
    "AsyncPublicConnectorDefinitionsApi": ".public_connector_definitions_api",
    "PublicConnectorDefinitionsApi": ".public_connector_definitions_api",
    "AsyncPublicDataplanesApi": ".public_dataplanes_api",
    "PublicDataplanesApi": ".public_dataplanes_api",
    "AsyncPublicDeclarativeSourceDefinitionsApi": ".public_declarative_source_definitions_api",
    "PublicDeclarativeSourceDefinitionsApi": ".public_declarative_source_definitions_api",
    "AsyncPublicDestinationDefinitionsApi": ".public_destination_definitions_api",
    "PublicDestinationDefinitionsApi": ".public_destination_definitions_api",
    "AsyncPublicDestinationsApi": ".public_destinations_api",
    "PublicDestinationsApi": ".public_destinations_api",
    "AsyncPublicGroupMembersApi": ".public_group_members_api",
    "PublicGroupMembersApi": ".public_group_members_api",
    "AsyncPublicGroupPermissionsApi": ".public_group_permissions_api",
    "PublicGroupPermissionsApi": ".public_group_permissions_api",
    "AsyncPublicGroupsApi": ".public_groups_api",
    "PublicGroupsApi": ".public_groups_api",
    "AsyncPublicHealthApi": ".public_health_api",
    "PublicHealthApi": ".public_health_api",
    "AsyncPublicJobsApi": ".public_jobs_api",
    "PublicJobsApi": ".public_jobs_api",
    "AsyncPublicOauthApi": ".public_oauth_api",
    "PublicOauthApi": ".public_oauth_api",
    "AsyncPublicOrganizationsApi": ".public_organizations_api",
    "PublicOrganizationsApi": ".public_organizations_api",
    "AsyncPublicPermissionsApi": ".public_permissions_api",
    "PublicPermissionsApi": ".public_permissions_api",
    "AsyncPublicRegionsApi": ".public_regions_api",
    "PublicRegionsApi": ".public_regions_api",
    "AsyncPublicRootApi": ".public_root_api",
    "PublicRootApi": ".public_root_api",
    "AsyncPublicSourceDefinitionsApi": ".public_source_definitions_api",
    "PublicSourceDefinitionsApi": ".public_source_definitions_api",
    "AsyncPublicSourcesApi": ".public_sources_api",
    "PublicSourcesApi": ".public_sources_api",
    "AsyncPublicStreamsApi": ".public_streams_api",
    "PublicStreamsApi": ".public_streams_api",
    "AsyncPublicTagsApi": ".public_tags_api",
    "PublicTagsApi": ".public_tags_api",
    "AsyncPublicUsersApi": ".public_users_api",
    "PublicUsersApi": ".public_users_api",
    "AsyncPublicWorkspacesApi": ".public_workspaces_api",
    "PublicWorkspacesApi": ".public_workspaces_api",
    "AsyncSchedulerApi": ".scheduler_api",
    "SchedulerApi": ".scheduler_api",
    "AsyncScimConfigApi": ".scim_config_api",
    "ScimConfigApi": ".scim_config_api",
    "AsyncScopedConfigurationApi": ".scoped_configuration_api",
    "ScopedConfigurationApi": ".scoped_configuration_api",
    "AsyncSecretStorageApi": ".secret_storage_api",
    "SecretStorageApi": ".secret_storage_api",
    "AsyncSecretsPersistenceConfigApi": ".secrets_persistence_config_api",
    "SecretsPersistenceConfigApi": ".secrets_persistence_config_api",
    "AsyncServiceAccountsApi": ".service_accounts_api",
    "ServiceAccountsApi": ".service_accounts_api",
    "AsyncSignalApi": ".signal_api",
    "SignalApi": ".signal_api",
    "AsyncSourceApi": ".source_api",
    "SourceApi": ".source_api",
    "AsyncSourceDefinitionApi": ".source_definition_api",
    "SourceDefinitionApi": ".source_definition_api",
    "AsyncSourceDefinitionSpecificationApi": ".source_definition_specification_api",
    "SourceDefinitionSpecificationApi": ".source_definition_specification_api",
    "AsyncSourceOauthApi": ".source_oauth_api",
    "SourceOauthApi": ".source_oauth_api",
    "AsyncSsoConfigApi": ".sso_config_api",
    "SsoConfigApi": ".sso_config_api",
    "AsyncStateApi": ".state_api",
    "StateApi": ".state_api",
    "AsyncStreamStatusesApi": ".stream_statuses_api",
    "StreamStatusesApi": ".stream_statuses_api",
    "AsyncTagApi": ".tag_api",
    "TagApi": ".tag_api",
    "AsyncUserApi": ".user_api",
    "UserApi": ".user_api",
    "AsyncUserInvitationApi": ".user_invitation_api",
    "UserInvitationApi": ".user_invitation_api",
    "AsyncWebBackendApi": ".web_backend_api",
    "WebBackendApi": ".web_backend_api",
    "AsyncWorkloadOutputApi": ".workload_output_api",
    "WorkloadOutputApi": ".workload_output_api",
    "AsyncWorkspaceApi": ".workspace_api",
    "WorkspaceApi": ".workspace_api",
}

__all__ = [
    "ActorDefinitionApi",
    "ActorDefinitionVersionApi",
    "ApplicationsApi",
    "AsyncActorDefinitionApi",
    "AsyncActorDefinitionVersionApi",
    "AsyncApplicationsApi",
    "AsyncAttemptApi",
    "AsyncAuditLogsApi",
    "AsyncBillingApi",
    "AsyncCatalogApi",
    "AsyncCommandApi",
    "AsyncConnectionApi",
    "AsyncConnectorBuilderAssistApi",
    "AsyncConnectorBuilderProjectApi",
    "AsyncConnectorDocumentationApi",
    "AsyncConnectorRolloutApi",
    "AsyncDataplaneApi",
    "AsyncDataplaneGroupApi",
    "AsyncDataplanesApi",
    "AsyncDeclarativeSourceDefinitionsApi",
    "AsyncDeploymentMetadataApi",
    "AsyncDestinationApi",
    "AsyncDestinationDefinitionApi",
    "AsyncDestinationDefinitionSpecificationApi",
    "AsyncDestinationOauthApi",
    "AsyncDiagnosticToolApi",
    "AsyncDomainVerificationsApi",
    "AsyncEntitlementsApi",
    "AsyncGroupApi",
    "AsyncGroupPermissionApi",
    "AsyncHealthApi",
    "AsyncInstanceConfigurationApi",
    "AsyncJobRetryStatesApi",
    "AsyncJobsApi",
    "AsyncNotificationsApi",
    "AsyncOpenapiApi",
    "AsyncOperationApi",
    "AsyncOrganizationApi",
    "AsyncOrganizationPaymentConfigApi",
    "AsyncPermissionApi",
    "AsyncPrivateLinkApi",
    "AsyncPublicApi",
    "AsyncPublicApplicationsApi",
    "AsyncPublicConnectionsApi",
    "AsyncPublicConnectorDefinitionsApi",
    "AsyncPublicDataplanesApi",
    "AsyncPublicDeclarativeSourceDefinitionsApi",
    "AsyncPublicDestinationDefinitionsApi",
    "AsyncPublicDestinationsApi",
    "AsyncPublicGroupMembersApi",
    "AsyncPublicGroupPermissionsApi",
    "AsyncPublicGroupsApi",
    "AsyncPublicHealthApi",
    "AsyncPublicJobsApi",
    "AsyncPublicOauthApi",
    "AsyncPublicOrganizationsApi",
    "AsyncPublicPermissionsApi",
    "AsyncPublicRegionsApi",
    "AsyncPublicRootApi",
    "AsyncPublicSourceDefinitionsApi",
    "AsyncPublicSourcesApi",
    "AsyncPublicStreamsApi",
    "AsyncPublicTagsApi",
    "AsyncPublicUsersApi",
    "AsyncPublicWorkspacesApi",
    "AsyncSchedulerApi",
    "AsyncScimConfigApi",
    "AsyncScopedConfigurationApi",
    "AsyncSecretStorageApi",
    "AsyncSecretsPersistenceConfigApi",
    "AsyncServiceAccountsApi",
    "AsyncSignalApi",
    "AsyncSourceApi",
    "AsyncSourceDefinitionApi",
    "AsyncSourceDefinitionSpecificationApi",
    "AsyncSourceOauthApi",
    "AsyncSsoConfigApi",
    "AsyncStateApi",
    "AsyncStreamStatusesApi",
    "AsyncTagApi",
    "AsyncUserApi",
    "AsyncUserInvitationApi",
    "AsyncWebBackendApi",
    "AsyncWorkloadOutputApi",
    "AsyncWorkspaceApi",
    "AttemptApi",
    "AuditLogsApi",
    "BillingApi",
    "CatalogApi",
    "CommandApi",
    "ConnectionApi",
    "ConnectorBuilderAssistApi",
    "ConnectorBuilderProjectApi",
    "ConnectorDocumentationApi",
    "ConnectorRolloutApi",
    "DataplaneApi",
    "DataplaneGroupApi",
    "DataplanesApi",
    "DeclarativeSourceDefinitionsApi",
    "DeploymentMetadataApi",
    "DestinationApi",
    "DestinationDefinitionApi",
    "DestinationDefinitionSpecificationApi",
    "DestinationOauthApi",
    "DiagnosticToolApi",
    "DomainVerificationsApi",
    "EntitlementsApi",
    "GroupApi",
    "GroupPermissionApi",
    "HealthApi",
    "InstanceConfigurationApi",
    "JobRetryStatesApi",
    "JobsApi",
    "NotificationsApi",
    "OpenapiApi",
    "OperationApi",
    "OrganizationApi",
    "OrganizationPaymentConfigApi",
    "PermissionApi",
    "PrivateLinkApi",
    "PublicApi",
    "PublicApplicationsApi",
    "PublicConnectionsApi",
    "PublicConnectorDefinitionsApi",
    "PublicDataplanesApi",
    "PublicDeclarativeSourceDefinitionsApi",
    "PublicDestinationDefinitionsApi",
    "PublicDestinationsApi",
    "PublicGroupMembersApi",
    "PublicGroupPermissionsApi",
    "PublicGroupsApi",
    "PublicHealthApi",
    "PublicJobsApi",
    "PublicOauthApi",
    "PublicOrganizationsApi",
    "PublicPermissionsApi",
    "PublicRegionsApi",
    "PublicRootApi",
    "PublicSourceDefinitionsApi",
    "PublicSourcesApi",
    "PublicStreamsApi",
    "PublicTagsApi",
    "PublicUsersApi",
    "PublicWorkspacesApi",
    "SchedulerApi",
    "ScimConfigApi",
    "ScopedConfigurationApi",
    "SecretStorageApi",
    "SecretsPersistenceConfigApi",
    "ServiceAccountsApi",
    "SignalApi",
    "SourceApi",
    "SourceDefinitionApi",
    "SourceDefinitionSpecificationApi",
    "SourceOauthApi",
    "SsoConfigApi",
    "StateApi",
    "StreamStatusesApi",
    "TagApi",
    "UserApi",
    "UserInvitationApi",
    "WebBackendApi",
    "WorkloadOutputApi",
    "WorkspaceApi",
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
