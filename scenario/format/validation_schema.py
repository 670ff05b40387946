"""The scenario format's core schema, for pydantic-core's `SchemaValidator` (`validating`).

GENERATED from the models (`model` and the modules it names) by
`python -m scenario.format.validation_schema_build`; do not edit by hand. A test fails when this
file no longer matches the models.
"""

# fmt: off

from typing import Any

from .value_checks import clock, drawn_point, drawn_salience, plain_text, targets

Id = {'type': 'str', 'max_length': 40, 'pattern': '^[a-z][a-z0-9_]*$'}

Short = {'type': 'function-after', 'function': {'type': 'no-info', 'function': plain_text}, 'schema': {'type': 'str', 'min_length': 1, 'max_length': 200}}

Text = {'type': 'function-after', 'function': {'type': 'no-info', 'function': plain_text}, 'schema': {'type': 'str', 'max_length': 4000}}

Expression = {'type': 'function-after', 'function': {'type': 'no-info', 'function': plain_text}, 'schema': {'type': 'str', 'min_length': 1, 'max_length': 1000}}

EffectText = Expression

ClockTime = {'type': 'function-after', 'function': {'type': 'no-info', 'function': clock}, 'schema': {'type': 'str'}}

Source = {'type': 'function-after', 'function': {'type': 'no-info', 'function': plain_text}, 'schema': {'type': 'str', 'min_length': 1, 'max_length': 4000}}

SaidBy = Short

Use = {'type': 'literal', 'expected': ['quote', 'reported', 'context']}

Percent = {'type': 'int', 'ge': 0, 'le': 100}

Scale = Percent

Trigger = {'type': 'literal', 'expected': ['floor', 'consult', 'propose', 'consensus', 'frame', 'statement', 'recess', 'adjourn', 'walkout', 'failed', 'any']}

Targets = {'type': 'function-plain', 'function': {'type': 'no-info', 'function': targets}}

DrawnScale = {'type': 'function-plain', 'function': {'type': 'no-info', 'function': drawn_point}}

DrawnSalience = {'type': 'function-plain', 'function': {'type': 'no-info', 'function': drawn_salience}}


Scenario = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Scenario', 'fields': {
    'format': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'literal', 'expected': [1, 2]}, 'default': 1}, 'required': False},
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'subtitle': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'seeds': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'str', 'min_length': 1, 'max_length': 300}}, 'default_factory': list}, 'required': False},
    'chair': {'type': 'typed-dict-field', 'schema': {'type': 'definition-ref', 'schema_ref': 'Chair'}, 'required': True},
    'clock': {'type': 'typed-dict-field', 'schema': {'type': 'definition-ref', 'schema_ref': 'Clock'}, 'required': True},
    'briefing': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Paragraph'}}, 'default_factory': list}, 'required': False},
    'history': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Paragraph'}}, 'default_factory': list}, 'required': False},
    'meters': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Meter'}}, 'default_factory': dict}, 'required': False},
    'voices': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Voice'}}, 'default_factory': dict}, 'required': False},
    'issues': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Issue'}}, 'default_factory': dict}, 'required': False},
    'delegations': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Delegation'}}, 'default_factory': dict}, 'required': False},
    'table_order': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Id}, 'default_factory': list}, 'required': False},
    'blocs': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Bloc'}}, 'default_factory': dict}, 'required': False},
    'measures': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Measure'}}, 'default_factory': dict}, 'required': False},
    'framings': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Framing'}}, 'default_factory': dict}, 'required': False},
    'statements': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Statement'}}, 'default_factory': dict}, 'required': False},
    'reactions': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Reaction'}}, 'default_factory': list}, 'required': False},
    'events': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Event'}}, 'default_factory': list}, 'required': False},
    'endings': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Ending'}}, 'default_factory': list}, 'required': False},
    'guide': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'GuideStep'}}, 'default_factory': list}, 'required': False},
    'score': {'type': 'typed-dict-field', 'schema': {'type': 'definition-ref', 'schema_ref': 'Score'}, 'required': True},
    'model': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Model'}, 'default': {'tension': None, 'standing': None, 'minutes': {'floor': 20, 'consult': 30, 'propose': 15, 'consensus': 30, 'frame': 15, 'statement': 10, 'recess': 30}, 'support_at': 0.1, 'weights': {'trust': 0.35, 'engagement': 0.15, 'face': 0.2, 'standing': 0.1, 'tension': 0.2, 'consulted': 0.15, 'partisan': 0.15, 'unity': 0.2}, 'patience': {'per_hour': 6, 'heard': 4, 'consulted': 3, 'recess': 8, 'blocked': 10, 'red_line': 20, 'returned': 30}, 'trust': {'consulted': 6, 'consulted_again': 2, 'red_line': 8}, 'face': {'heard': 3, 'blocked': 8, 'red_line': 10, 'adopted': 3}, 'engagement': {'heard': 10, 'consulted': 5, 'adopted': 4}, 'return_trust': None, 'standing_adopted': 0, 'standing_failed': 0, 'chance_decided_once': False, 'minutes_in_time_order': False, 'wary_unheard': False, 'wary_cares': 0.5, 'varied_writing': False}}, 'required': False},
}}

Chair = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Chair', 'fields': {
    'name': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'role': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'party': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
}}

Clock = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Clock', 'fields': {
    'date': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'start': {'type': 'typed-dict-field', 'schema': ClockTime, 'required': True},
    'end': {'type': 'typed-dict-field', 'schema': ClockTime, 'required': True},
}}

Paragraph = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Paragraph', 'fields': {
    'title': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'text': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Meter = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Meter', 'fields': {
    'label': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'min': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int'}, 'default': 0}, 'required': False},
    'max': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int'}, 'default': 100}, 'required': False},
    'start': {'type': 'typed-dict-field', 'schema': {'type': 'int'}, 'required': True},
    'unit': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'good': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'literal', 'expected': ['low', 'high']}, 'default': 'low'}, 'required': False},
    'description': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Text, 'default': ''}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Voice = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Voice', 'fields': {
    'name': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'role': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Issue = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Issue', 'fields': {
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'low': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'high': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'status_quo': {'type': 'typed-dict-field', 'schema': Percent, 'required': True},
    'description': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Text, 'default': ''}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Delegation = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Delegation', 'fields': {
    'name': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'short': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'plural': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'head': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'people': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Short}, 'default_factory': list}, 'required': False},
    'role': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'summary': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
    'trust': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 50}, 'required': False},
    'patience': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 60}, 'required': False},
    'engagement': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 50}, 'required': False},
    'face': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 50}, 'required': False},
    'positions': {'type': 'typed-dict-field', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'definition-ref', 'schema_ref': 'Position'}}, 'required': True},
    'floor': {'type': 'typed-dict-field', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Speech'}, 'min_length': 1}, 'required': True},
    'consult': {'type': 'typed-dict-field', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Speech'}, 'min_length': 1}, 'required': True},
    'walkout': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': {'type': 'definition-ref', 'schema_ref': 'Line'}}, 'default': None}, 'required': False},
}}

Position = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Position', 'fields': {
    'position': {'type': 'typed-dict-field', 'schema': DrawnScale, 'required': True},
    'salience': {'type': 'typed-dict-field', 'schema': DrawnSalience, 'required': True},
    'reservation': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': DrawnScale}, 'default': None}, 'required': False},
    'red_line': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': DrawnScale}, 'default': None}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Speech = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Speech', 'fields': {
    'speaker': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'text': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
    'when': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'variants': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Text, 'max_length': 50}, 'default_factory': list}, 'required': False},
    'repeat': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
}}

Line = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Line', 'fields': {
    'speaker': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'text': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
    'when': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'variants': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Text, 'max_length': 50}, 'default_factory': list}, 'required': False},
    'repeat': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
}}

Bloc = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Bloc', 'fields': {
    'name': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'members': {'type': 'typed-dict-field', 'schema': {'type': 'list', 'items_schema': Id, 'min_length': 2, 'max_length': 100}, 'required': True},
    'decides_together': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': True}, 'required': False},
    'unity': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'split_costs': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 0}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Measure = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Measure', 'fields': {
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'summary': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'lands': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': Percent}, 'default_factory': dict}, 'required': False},
    'moves': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'int', 'ge': -100, 'le': 100}}, 'default_factory': dict}, 'required': False},
    'requires': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'minutes': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': {'type': 'int', 'ge': 1, 'le': 240}}, 'default': None}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
    'aimed_at': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Id}, 'default_factory': list}, 'required': False},
    'on_fail': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Framing = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Framing', 'fields': {
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'summary': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'salience': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'dict', 'keys_schema': Id, 'values_schema': {'type': 'float', 'ge': 0, 'le': 3}}, 'default_factory': dict}, 'required': False},
    'requires': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'say': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Line'}}, 'default_factory': list}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Statement = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Statement', 'fields': {
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'summary': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'text': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'requires': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Reaction = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Reaction', 'fields': {
    'id': {'type': 'typed-dict-field', 'schema': Id, 'required': True},
    'on': {'type': 'typed-dict-field', 'schema': Trigger, 'required': True},
    'target': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Targets}, 'default': None}, 'required': False},
    'when': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'priority': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int'}, 'default': 0}, 'required': False},
    'once': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'chance': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 1}, 'default': 1.0}, 'required': False},
    'group': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'say': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Line'}}, 'default_factory': list}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
}}

Event = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Event', 'fields': {
    'id': {'type': 'typed-dict-field', 'schema': Id, 'required': True},
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'at': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': ClockTime}, 'default': None}, 'required': False},
    'when': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'chance': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 1}, 'default': 1.0}, 'required': False},
    'once': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': True}, 'required': False},
    'say': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Line'}}, 'default_factory': list}, 'required': False},
    'effects': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': Expression}, 'default_factory': list}, 'required': False},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

Ending = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Ending', 'fields': {
    'id': {'type': 'typed-dict-field', 'schema': Id, 'required': True},
    'title': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'when': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'at_close': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'tone': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'literal', 'expected': ['good', 'mixed', 'bad']}, 'default': 'mixed'}, 'required': False},
    'score_cap': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Percent}, 'default': None}, 'required': False},
    'debrief': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'source': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Source}, 'default': None}, 'required': False},
    'said_by': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
    'use': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Use}, 'default': None}, 'required': False},
}}

GuideStep = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'GuideStep', 'fields': {
    'text': {'type': 'typed-dict-field', 'schema': Text, 'required': True},
    'done': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Expression}, 'default': None}, 'required': False},
    'do': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Short}, 'default': None}, 'required': False},
}}

Score = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Score', 'fields': {
    'components': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Component'}}, 'default_factory': list}, 'required': False},
    'grades': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'list', 'items_schema': {'type': 'definition-ref', 'schema_ref': 'Grade'}}, 'default_factory': list}, 'required': False},
}}

Component = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Component', 'fields': {
    'id': {'type': 'typed-dict-field', 'schema': Id, 'required': True},
    'label': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'weight': {'type': 'typed-dict-field', 'schema': {'type': 'float', 'gt': 0, 'le': 100}, 'required': True},
    'value': {'type': 'typed-dict-field', 'schema': Expression, 'required': True},
    'description': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Text, 'default': ''}, 'required': False},
}}

Grade = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Grade', 'fields': {
    'min': {'type': 'typed-dict-field', 'schema': Percent, 'required': True},
    'grade': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
    'label': {'type': 'typed-dict-field', 'schema': Short, 'required': True},
}}

Model = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Model', 'fields': {
    'tension': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'standing': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Id}, 'default': None}, 'required': False},
    'minutes': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Minutes'}, 'default': {'floor': 20, 'consult': 30, 'propose': 15, 'consensus': 30, 'frame': 15, 'statement': 10, 'recess': 30}}, 'required': False},
    'support_at': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.1}, 'required': False},
    'weights': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Weights'}, 'default': {'trust': 0.35, 'engagement': 0.15, 'face': 0.2, 'standing': 0.1, 'tension': 0.2, 'consulted': 0.15, 'partisan': 0.15, 'unity': 0.2}}, 'required': False},
    'patience': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Patience'}, 'default': {'per_hour': 6, 'heard': 4, 'consulted': 3, 'recess': 8, 'blocked': 10, 'red_line': 20, 'returned': 30}}, 'required': False},
    'trust': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Trust'}, 'default': {'consulted': 6, 'consulted_again': 2, 'red_line': 8}}, 'required': False},
    'face': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Face'}, 'default': {'heard': 3, 'blocked': 8, 'red_line': 10, 'adopted': 3}}, 'required': False},
    'engagement': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'definition-ref', 'schema_ref': 'Engagement'}, 'default': {'heard': 10, 'consulted': 5, 'adopted': 4}}, 'required': False},
    'return_trust': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'nullable', 'schema': Percent}, 'default': None}, 'required': False},
    'standing_adopted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 0}, 'required': False},
    'standing_failed': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 0}, 'required': False},
    'chance_decided_once': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'minutes_in_time_order': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'wary_unheard': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
    'wary_cares': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 3}, 'default': 0.5}, 'required': False},
    'varied_writing': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'bool'}, 'default': False}, 'required': False},
}}

Minutes = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Minutes', 'fields': {
    'floor': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 20}, 'required': False},
    'consult': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 30}, 'required': False},
    'propose': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 15}, 'required': False},
    'consensus': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 30}, 'required': False},
    'frame': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 15}, 'required': False},
    'statement': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 10}, 'required': False},
    'recess': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 240}, 'default': 30}, 'required': False},
}}

Weights = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Weights', 'fields': {
    'trust': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.35}, 'required': False},
    'engagement': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.15}, 'required': False},
    'face': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.2}, 'required': False},
    'standing': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.1}, 'required': False},
    'tension': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.2}, 'required': False},
    'consulted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.15}, 'required': False},
    'partisan': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.15}, 'required': False},
    'unity': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'float', 'ge': 0, 'le': 2}, 'default': 0.2}, 'required': False},
}}

Patience = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Patience', 'fields': {
    'per_hour': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 6}, 'required': False},
    'heard': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 4}, 'required': False},
    'consulted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 3}, 'required': False},
    'recess': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 8}, 'required': False},
    'blocked': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 10}, 'required': False},
    'red_line': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 20}, 'required': False},
    'returned': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': {'type': 'int', 'ge': 1, 'le': 100}, 'default': 30}, 'required': False},
}}

Trust = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Trust', 'fields': {
    'consulted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 6}, 'required': False},
    'consulted_again': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 2}, 'required': False},
    'red_line': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 8}, 'required': False},
}}

Face = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Face', 'fields': {
    'heard': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 3}, 'required': False},
    'blocked': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 8}, 'required': False},
    'red_line': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 10}, 'required': False},
    'adopted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 3}, 'required': False},
}}

Engagement = {'type': 'typed-dict', 'config': {'extra_fields_behavior': 'forbid', 'strict': True, 'allow_inf_nan': False}, 'ref': 'Engagement', 'fields': {
    'heard': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 10}, 'required': False},
    'consulted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 5}, 'required': False},
    'adopted': {'type': 'typed-dict-field', 'schema': {'type': 'default', 'schema': Percent, 'default': 4}, 'required': False},
}}

SCHEMA: dict[str, Any] = {
    'type': 'definitions',
    'schema': {'type': 'definition-ref', 'schema_ref': 'Scenario'},
    'definitions': [Scenario, Chair, Clock, Paragraph, Meter, Voice, Issue, Delegation, Position, Speech, Line, Bloc, Measure, Framing, Statement, Reaction, Event, Ending, GuideStep, Score, Component, Grade, Model, Minutes, Weights, Patience, Trust, Face, Engagement],
}
"""The whole scenario: a typed dict of the merged document."""
