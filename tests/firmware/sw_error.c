/* A software error the way nRF5 SDK applications report one: a driver call returns an error code,
 * the caller passes it to app_error_handler(), which hands an error_info_t to app_error_fault_handler(),
 * which in a debug build stops and loops.  No exception is taken: the core is found in thread mode,
 * and the place to report is the function that called the error handler.
 * Built with startup.c and faults.c (whose main is renamed away: -Dmain=faults_main). */
#include <stdint.h>

typedef struct {
    uint32_t line_num;
    const uint8_t *p_file_name;
    uint32_t err_code;
} error_info_t;

volatile uint32_t sensor_status = 4; /* NRF_ERROR_NO_MEM */

/* as the SDK's app_error_save_and_stop() (debug builds): copy what happened into a static record that a
 * debugger can read, then stop */
static volatile struct {
    uint32_t fault_id;
    uint32_t pc;
    uint32_t error_info;
    error_info_t *p_error_info;
    uint32_t err_code;
    uint32_t line_num;
    const uint8_t *p_file_name;
} m_error_data;

__attribute__((noinline)) void app_error_save_and_stop(uint32_t id, uint32_t pc, uint32_t info)
{
    volatile int loop = 1;
    m_error_data.fault_id = id;
    m_error_data.pc = pc;
    m_error_data.error_info = info;
    if (id == 0x00004001u) {
        error_info_t *e = (error_info_t *)info;
        m_error_data.p_error_info = e;
        m_error_data.err_code = e->err_code;
        m_error_data.line_num = e->line_num;
        m_error_data.p_file_name = e->p_file_name;
    }
    while (loop) {
        __asm volatile("nop");
    }
}

__attribute__((noinline)) void app_error_fault_handler(uint32_t id, uint32_t pc, uint32_t info)
{
    app_error_save_and_stop(id, pc, info);
}

__attribute__((noinline)) void app_error_handler(uint32_t error_code, uint32_t line_num, const uint8_t *p_file_name)
{
    error_info_t info = {line_num, p_file_name, error_code};
    app_error_fault_handler(0x00004001u /* NRF_FAULT_ID_SDK_ERROR */, 0, (uint32_t)&info);
}

__attribute__((noinline)) uint32_t sensor_start(void)
{
    return sensor_status;
}

__attribute__((noinline)) void sensor_init(void)
{
    uint32_t err = sensor_start();
    if (err != 0) {
        app_error_handler(err, __LINE__, (const uint8_t *)"sw_error.c");
    }
}

int main(void)
{
    sensor_init();
    for (;;) {
    }
}
