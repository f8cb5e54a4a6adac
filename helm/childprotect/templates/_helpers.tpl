{{/* Chart name, overridable. */}}
{{- define "childprotect.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Release-wide prefix. A release named like the chart ("childprotect") is not repeated: childprotect-case-service,
not childprotect-childprotect-case-service. Kept short enough for a service suffix to fit in 63 characters.
*/}}
{{- define "childprotect.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "childprotect.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Name of one service's objects. Call with (dict "root" $ "name" $name). */}}
{{- define "childprotect.componentName" -}}
{{- printf "%s-%s" (include "childprotect.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that select one service's pods. Call with (dict "root" $ "name" $name). */}}
{{- define "childprotect.selectorLabels" -}}
app.kubernetes.io/name: {{ include "childprotect.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{/* All labels of one service's objects. Call with (dict "root" $ "name" $name). */}}
{{- define "childprotect.labels" -}}
helm.sh/chart: {{ include "childprotect.chart" .root }}
{{ include "childprotect.selectorLabels" . }}
app.kubernetes.io/part-of: childprotect
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/* Image reference of one service. Call with (dict "root" $ "svc" $svc). */}}
{{- define "childprotect.image" -}}
{{- $tag := default .root.Chart.AppVersion (default .root.Values.image.tag .svc.image.tag) }}
{{- if .root.Values.image.registry }}
{{- printf "%s/%s:%s" .root.Values.image.registry .svc.image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .svc.image.repository $tag }}
{{- end }}
{{- end }}

{{- define "childprotect.jwkSetUri" -}}
{{- default (printf "%s/protocol/openid-connect/certs" (trimSuffix "/" .Values.keycloak.issuerUri)) .Values.keycloak.jwkSetUri }}
{{- end }}

{{/* In-cluster base URL of a sibling service. Call with (dict "root" $ "name" "case-service"). */}}
{{- define "childprotect.serviceUrl" -}}
{{- $svc := index .root.Values.services .name }}
{{- printf "http://%s:%v" (include "childprotect.componentName" .) $svc.port }}
{{- end }}

{{/*
Plain (non-secret) environment of one service, as YAML key: value lines; the ConfigMap holds it and the
Deployment hashes it so that a changed value rolls the pods. Call with (dict "root" $ "name" $name "svc" $svc).
*/}}
{{- define "childprotect.serviceEnv" -}}
{{- $root := .root }}
{{- $env := dict
  "SERVER_PORT" (toString .svc.port)
  "SERVER_ADDRESS" "0.0.0.0"
  "KAFKA_BOOTSTRAP_SERVERS" $root.Values.kafka.bootstrapServers
  "KEYCLOAK_ISSUER_URI" $root.Values.keycloak.issuerUri
  "KEYCLOAK_JWK_SET_URI" (include "childprotect.jwkSetUri" $root)
  "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED" "true"
  "MANAGEMENT_HEALTH_MONGODB_ENABLED" "true"
}}
{{- if eq .name "gateway" }}
{{- $_ := set $env "CASE_SERVICE_URI" (include "childprotect.serviceUrl" (dict "root" $root "name" "case-service")) }}
{{- $_ := set $env "REFERRAL_SERVICE_URI" (include "childprotect.serviceUrl" (dict "root" $root "name" "referral-service")) }}
{{- $_ := set $env "REPORTING_SERVICE_URI" (include "childprotect.serviceUrl" (dict "root" $root "name" "reporting-service")) }}
{{- end }}
{{- if eq .name "referral-service" }}
{{- $_ := set $env "CASE_SERVICE_URI" (include "childprotect.serviceUrl" (dict "root" $root "name" "case-service")) }}
{{- end }}
{{- range $key, $value := $root.Values.commonEnv }}
{{- $_ := set $env $key (toString $value) }}
{{- end }}
{{- toYaml $env }}
{{- end }}

{{/* Secret holding one service's MongoDB URI: the user's or the chart's. Call with (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "childprotect.mongodbSecretName" -}}
{{- default (include "childprotect.componentName" .) .svc.mongodb.existingSecret }}
{{- end }}

{{- define "childprotect.mongodbSecretKey" -}}
{{- if .svc.mongodb.existingSecret }}{{ .svc.mongodb.existingSecretKey }}{{ else }}mongodb-uri{{ end }}
{{- end }}

{{/*
Secret with the Keycloak `gateway` client's secret: the user's existing one, the chart's (from a value), or, when
neither is given, <fullname>-gateway-client, which the operator creates (the pod waits for it). The chart never
invents a credential that Keycloak would not know.
*/}}
{{- define "childprotect.gatewaySecretName" -}}
{{- $chartOwned := include "childprotect.componentName" (dict "root" . "name" "gateway") }}
{{- with .Values.gateway.clientSecret }}
{{- if .existingSecret }}{{ .existingSecret }}{{ else if .value }}{{ $chartOwned }}{{ else }}{{ $chartOwned }}-client{{ end }}
{{- end }}
{{- end }}

{{- define "childprotect.gatewaySecretKey" -}}
{{- if .Values.gateway.clientSecret.existingSecret }}{{ .Values.gateway.clientSecret.existingSecretKey }}{{ else }}client-secret{{ end }}
{{- end }}
