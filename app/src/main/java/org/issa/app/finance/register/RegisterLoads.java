package org.issa.app.finance.register;

import org.issa.app.screening.Rescreening;
import org.issa.core.security.Principal;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.RegisterScreening;
import org.issa.finance.register.Submission;
import org.issa.finance.register.SubmissionContent;

/**
 * Loads a bank's submission into the register and has its holders and beneficial owners screened against every watch
 * list at once, in the background, instead of waiting for the next list change. Every channel (HTTP, upload page, demo)
 * loads through here.
 */
public final class RegisterLoads {

    private final BankRegister register;
    private final RegisterScreening holders;
    private final Rescreening screening;

    public RegisterLoads(BankRegister register, RegisterScreening holders, Rescreening screening) {
        this.register = register;
        this.holders = holders;
        this.screening = screening;
    }

    public Submission load(Principal who, BankRegister.Upload upload, SubmissionContent content) {
        Submission s = register.load(who, upload, content);
        screening.screenIntake(RegisterScreening.RECORD_TYPE, s.id(), "register submission " + s.id() + " of " + s.bankBic(),
                () -> holders.recordsOf(s.id()));
        return s;
    }
}
