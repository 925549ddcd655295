package org.issa.passenger.assessment;

import java.util.List;

/**
 * The active pre-determined criteria (Art 6(3)(b)) as the assessment needs them: how many are
 * active, and which fire on a passenger of a flight. The criteria engine implements it.
 */
public interface CriteriaCheck {

    /** The number of active criteria each passenger is evaluated against. */
    int activeCriteria();

    List<CriterionHit> evaluate(FlightToAssess flight, PassengerToAssess passenger);

    /** No criteria engine: nothing is evaluated, and the assessment records 0 criteria evaluated. */
    CriteriaCheck NONE = new CriteriaCheck() {
        @Override
        public int activeCriteria() {
            return 0;
        }

        @Override
        public List<CriterionHit> evaluate(FlightToAssess flight, PassengerToAssess passenger) {
            return List.of();
        }
    };
}
