package org.cemc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mixed-integer linear program to maximise, as plain data: named variables with bounds, named rows
 * {@code lower <= sum(coefficient * variable) <= upper}, and objective coefficients. The formulation writes into
 * it; the solver adapter reads it. Nothing here knows about energy or about OR-Tools.
 *
 * <p>A second objective, the tie-break, may be given: among the solutions that reach the first objective's optimum
 * (within a tolerance) the solver adapter picks one that maximises it, so that the solution does not depend on
 * which of several equally good ones a solver happens to find.
 */
public final class LinearModel {

    /** A decision variable; {@code integer} variables with bounds [0, 1] are the model's binaries. */
    public record Variable(String name, double lower, double upper, boolean integer) {
    }

    /** A row {@code lower <= sum(coefficients[i] * variables[i]) <= upper}. */
    public record Row(String name, double lower, double upper, int[] variables, double[] coefficients) {
    }

    private final List<Variable> variables = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private double[] objective = new double[64];
    private double[] tieBreak = new double[64];
    private boolean hasTieBreak;
    private double objectiveConstant;
    private String namePrefix = "";
    private double objectiveWeight = 1;

    /**
     * From now on, prefix every new name with {@code prefix} and weight every objective term by {@code weight}:
     * how one scenario of a stochastic program gets its own names and its probability.
     */
    public void scope(String prefix, double weight) {
        namePrefix = prefix;
        objectiveWeight = weight;
    }

    /** Fixes a variable to a value (a decision taken elsewhere, such as a first stage being evaluated). */
    public void fix(int variable, double value) {
        Variable v = variables.get(variable);
        variables.set(variable, new Variable(v.name(), value, value, v.integer()));
    }

    public int addContinuous(String name, double lower, double upper) {
        return add(new Variable(namePrefix + name, lower, upper, false));
    }

    /** A 0/1 variable, or one fixed to 0 or to 1 where the data decide it (kept so every schedule has it). */
    public int addBinary(String name, int lower, int upper) {
        return add(new Variable(namePrefix + name, lower, upper, true));
    }

    private int add(Variable variable) {
        variables.add(variable);
        if (variables.size() > objective.length) {
            objective = Arrays.copyOf(objective, objective.length * 2);
            tieBreak = Arrays.copyOf(tieBreak, tieBreak.length * 2);
        }
        return variables.size() - 1;
    }

    public void addToObjective(int variable, double coefficient) {
        objective[variable] += objectiveWeight * coefficient;
    }

    /** Adds to the tie-break objective, weighted like the objective (by a scenario's probability). */
    public void addToTieBreak(int variable, double coefficient) {
        tieBreak[variable] += objectiveWeight * coefficient;
        hasTieBreak |= coefficient != 0;
    }

    public void addObjectiveConstant(double amount) {
        objectiveConstant += objectiveWeight * amount;
    }

    /** Starts a row; finish it with one of {@link RowBuilder#equalTo}, {@code atMost}, {@code atLeast}. */
    public RowBuilder row(String name) {
        return new RowBuilder(namePrefix + name);
    }

    public List<Variable> variables() {
        return List.copyOf(variables);
    }

    public Variable variable(int index) {
        return variables.get(index);
    }

    public int variableCount() {
        return variables.size();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }

    /**
     * Whether {@code values} (one per variable) keep every bound, integrality and row within {@code tolerance}
     * (relative to a bound's size where that exceeds 1): the check OR-Tools' {@code verifySolution} makes, for a
     * solution that did not come back through OR-Tools.
     */
    public boolean isSatisfiedBy(double[] values, double tolerance) {
        if (values.length != variables.size()) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Variable v = variables.get(i);
            if (!within(values[i], v.lower(), v.upper(), tolerance)
                    || v.integer() && Math.abs(values[i] - Math.rint(values[i])) > tolerance) {
                return false;
            }
        }
        for (Row row : rows) {
            double activity = 0;
            for (int k = 0; k < row.variables().length; k++) {
                activity += row.coefficients()[k] * values[row.variables()[k]];
            }
            if (!within(activity, row.lower(), row.upper(), tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(double value, double lower, double upper, double tolerance) {
        return value >= lower - tolerance * Math.max(1, Math.abs(lower))
                && value <= upper + tolerance * Math.max(1, Math.abs(upper));
    }

    /** Binaries the solver has to decide: those not fixed to one value. */
    public long binaryCount() {
        return variables.stream().filter(v -> v.integer() && v.lower() < v.upper()).count();
    }

    public double objectiveCoefficient(int variable) {
        return objective[variable];
    }

    public double objectiveConstant() {
        return objectiveConstant;
    }

    /** The objective's value at {@code values}, its constant included. */
    public double objectiveValue(double[] values) {
        double value = objectiveConstant;
        for (int i = 0; i < values.length; i++) {
            value += objective[i] * values[i];
        }
        return value;
    }

    public boolean hasTieBreak() {
        return hasTieBreak;
    }

    public double tieBreakCoefficient(int variable) {
        return tieBreak[variable];
    }


    /** Collects the terms of one row. */
    public final class RowBuilder {
        private final String name;
        private int[] indices = new int[8];
        private double[] coefficients = new double[8];
        private int size;

        private RowBuilder(String name) {
            this.name = name;
        }

        public RowBuilder plus(int variable, double coefficient) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
                coefficients = Arrays.copyOf(coefficients, size * 2);
            }
            indices[size] = variable;
            coefficients[size] = coefficient;
            size++;
            return this;
        }

        public RowBuilder plus(int variable) {
            return plus(variable, 1);
        }

        public RowBuilder minus(int variable) {
            return plus(variable, -1);
        }

        public void equalTo(double value) {
            finish(value, value);
        }

        public void atMost(double value) {
            finish(Double.NEGATIVE_INFINITY, value);
        }

        public void atLeast(double value) {
            finish(value, Double.POSITIVE_INFINITY);
        }

        private void finish(double lower, double upper) {
            rows.add(new Row(name, lower, upper, Arrays.copyOf(indices, size), Arrays.copyOf(coefficients, size)));
        }
    }
}
